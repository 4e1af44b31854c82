/*
 * The pre-rendered notice board's own script, inlined in the page (allowed by its hash, src/ssr/csp.ts) and
 * written in ES5 for the old browsers of activity-room TV boxes: it rotates the build's frames by the URL's
 * settings (read as src/board/config.ts reads them: tests/board-static.test.ts holds the two together), runs
 * the clock, fits the screen to the window, reloads when a new data version is published, and hands the
 * screen over to the live board (window.BoardStatic, src/board/static-api.ts) where the browser runs it.
 * Without scripts the page's CSS animation rotates the frames instead.
 */
(function () {
  'use strict';
  var holder = document.getElementById('board-static-config');
  if (!holder) return;
  var config = JSON.parse(holder.textContent);

  function has(list, value) {
    for (var i = 0; i < list.length; i++) if (list[i] === value) return true;
    return false;
  }

  /** The first value of each URL parameter, decoded as URLSearchParams does. */
  function params(search) {
    var out = {};
    var parts = search.replace(/^\?/, '').split('&');
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i]) continue;
      var at = parts[i].indexOf('=');
      var key = decode(at < 0 ? parts[i] : parts[i].slice(0, at));
      if (!Object.prototype.hasOwnProperty.call(out, key)) out[key] = at < 0 ? '' : decode(parts[i].slice(at + 1));
    }
    return out;
  }

  /** As URLSearchParams: '+' is a space, each valid %XX run decoded, a malformed one left as written. */
  function decode(text) {
    return text.replace(/\+/g, ' ').replace(/(%[0-9a-fA-F]{2})+/g, function (run) {
      try {
        return decodeURIComponent(run);
      } catch (_e) {
        return run;
      }
    });
  }

  function bounded(text, range, fallback) {
    var n = text === undefined || text.replace(/^\s+|\s+$/g, '') === '' ? NaN : Number(text);
    return typeof n === 'number' && isFinite(n) ? Math.min(range[1], Math.max(range[0], n)) : fallback;
  }

  /** The screen's settings from its URL, and the one (if any) the pre-rendered frames cannot show. */
  function settings(search) {
    var p = params(search);
    var slides = [];
    var wanted = (p.slides || '').split(',');
    for (var i = 0; i < wanted.length; i++) {
      var slide = wanted[i].replace(/^\s+|\s+$/g, '');
      if (has(config.slides, slide) && !has(slides, slide)) slides.push(slide);
    }
    var org = p.org || null;
    var locale = p.lang === 'en' || p.lang === 'zh' ? p.lang : config.locale;
    var needsLive = null;
    if (org !== null && org !== config.rootOrg) needsLive = 'org=' + org;
    else if (locale !== config.locale) needsLive = 'lang=' + locale;
    return {
      slides: slides.length ? slides : config.slides.slice(),
      interval: bounded(p.interval, config.interval.range, config.interval.fallback),
      org: org,
      theme: has(config.themes.names, p.theme) ? p.theme : config.themes.names[0],
      locale: locale,
      poll: bounded(p.poll, config.poll.range, config.poll.fallback),
      live: has(config.liveModes, p.live) ? p.live : config.liveModes[0],
      needsLive: needsLive,
    };
  }

  var api = {
    settings: settings,
    applies: false,
    step: 0,
    changedAt: new Date().getTime(),
    stop: function () {},
    cannotGoLive: function () {},
  };
  window.BoardStatic = api;
  var root = document.getElementById('board-static');
  if (!root) return;

  var s = settings(location.search);
  var screen = root.getElementsByClassName('screen')[0];
  var all = root.getElementsByClassName('board-frame');
  var message = root.getElementsByClassName('board-message')[0];
  var sequence = [];
  for (var k = 0; k < s.slides.length; k++)
    for (var f = 0; f < all.length; f++) if (all[f].getAttribute('data-slide') === s.slides[k]) sequence.push(all[f]);
  var timers = [];
  var shown = null;
  root.className += ' js';
  api.applies = s.needsLive === null && sequence.length > 0;

  function show(frame) {
    if (shown) shown.className = shown.className.replace(/ on$/, '');
    frame.className += ' on';
    shown = frame;
  }

  function theme() {
    var colours = config.themes.colours[s.theme];
    root.setAttribute('data-board-theme', s.theme);
    for (var name in colours) if (colours.hasOwnProperty(name)) root.style.setProperty(name, colours[name]);
    var dots = root.querySelectorAll('.dots span');
    for (var i = 0; i < dots.length; i++) if (!has(s.slides, dots[i].getAttribute('data-slide'))) dots[i].hidden = true;
  }

  // A CSS transform of the 1920x1080 screen, set directly: old browsers lack the stylesheet's var().
  function fitScreen() {
    var scale = Math.min(window.innerWidth / 1920, window.innerHeight / 1080);
    var transform = 'translate(-50%, -50%) scale(' + scale + ')';
    screen.style.webkitTransform = transform;
    screen.style.transform = transform;
  }

  var tag = config.locale === 'zh' ? 'zh-CN' : 'en-GB';
  var clock = root.getElementsByClassName('clock')[0];
  function tick() {
    var now = new Date();
    clock.getElementsByTagName('time')[0].textContent = now.toLocaleTimeString(tag, { hour12: false });
    clock.getElementsByTagName('span')[0].textContent = now.toLocaleDateString(tag, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
    });
  }

  var loadedAt = new Date().getTime();
  function rotate() {
    // A fresh load once a day, at a frame change: whatever a browser keeps growing over months starts again.
    if (new Date().getTime() - loadedAt > config.reloadHours * 3600000) return window.location.reload();
    api.step = (api.step + 1) % sequence.length;
    api.changedAt = new Date().getTime();
    show(sequence[api.step]);
  }

  /**
   * Whether the page was already loaded again for this version (its frames are then older than the data: the
   * site was not rebuilt with it); remembered for the tab, so it reloads once per version, not every poll.
   */
  function reloadedFor(version) {
    try {
      var key = 'board-static-reloaded';
      if (window.sessionStorage.getItem(key) === version) return true;
      window.sessionStorage.setItem(key, version);
    } catch (_e) {
      // no storage (a locked-down browser): reload at most once per poll
    }
    return false;
  }

  /** A new data version on the server: load the page again (its frames too may be new), once per version. */
  function poll() {
    var request = new XMLHttpRequest();
    request.onload = function () {
      var version;
      try {
        version = JSON.parse(request.responseText).dataVersion;
      } catch (_e) {
        return;
      }
      if (!version || version === config.version || reloadedFor(version)) return;
      window.location.reload();
    };
    request.open('GET', config.manifest + '?t=' + new Date().getTime());
    request.send();
  }

  function waiting(text) {
    message.getElementsByTagName('p')[0].textContent = text;
    show(message);
  }

  api.cannotGoLive = function () {
    if (api.applies) return;
    if (s.needsLive) waiting(config.messages.needsLive.replace('{setting}', s.needsLive));
    else show(message); // no frames were rendered: the message says there is no data
  };
  api.stop = function () {
    for (var i = 0; i < timers.length; i++) clearInterval(timers[i]);
    window.removeEventListener('resize', fitScreen);
    if (root.parentNode) root.parentNode.removeChild(root);
    // window.BoardStatic stays (it says where the rotation stood): it must not keep the frames alive.
    root = screen = all = message = clock = shown = null;
    sequence = [];
  };

  theme();
  fitScreen();
  window.addEventListener('resize', fitScreen);
  clock.hidden = false;
  tick();
  timers.push(setInterval(tick, 1000));
  if (api.applies) {
    show(sequence[0]);
    timers.push(setInterval(rotate, s.interval * 1000));
    timers.push(setInterval(poll, s.poll * 1000));
  } else if ('noModule' in document.createElement('script') && s.live !== 'off') {
    waiting(config.messages.loading); // browsers that run module scripts start the live board, which may show it
  } else {
    api.cannotGoLive();
  }
})();
