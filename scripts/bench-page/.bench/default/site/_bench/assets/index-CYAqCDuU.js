(() => {
  const t = document.createElement('link').relList;
  if (t && t.supports && t.supports('modulepreload')) return;
  for (const r of document.querySelectorAll('link[rel="modulepreload"]')) i(r);
  new MutationObserver((r) => {
    for (const s of r)
      if (s.type === 'childList')
        for (const o of s.addedNodes) o.tagName === 'LINK' && o.rel === 'modulepreload' && i(o);
  }).observe(document, { childList: !0, subtree: !0 });
  function n(r) {
    const s = {};
    return (
      r.integrity && (s.integrity = r.integrity),
      r.referrerPolicy && (s.referrerPolicy = r.referrerPolicy),
      r.crossOrigin === 'use-credentials'
        ? (s.credentials = 'include')
        : r.crossOrigin === 'anonymous'
          ? (s.credentials = 'omit')
          : (s.credentials = 'same-origin'),
      s
    );
  }
  function i(r) {
    if (r.ep) return;
    r.ep = !0;
    const s = n(r);
    fetch(r.href, s);
  }
})();
function M(e, t, n, i) {
  function r(s) {
    return s instanceof n
      ? s
      : new n((o) => {
          o(s);
        });
  }
  return new (n || (n = Promise))((s, o) => {
    function a(f) {
      try {
        l(i.next(f));
      } catch (u) {
        o(u);
      }
    }
    function c(f) {
      try {
        l(i.throw(f));
      } catch (u) {
        o(u);
      }
    }
    function l(f) {
      f.done ? s(f.value) : r(f.value).then(a, c);
    }
    l((i = i.apply(e, t || [])).next());
  });
}
function ss(e) {
  var t = typeof Symbol == 'function' && Symbol.iterator,
    n = t && e[t],
    i = 0;
  if (n) return n.call(e);
  if (e && typeof e.length == 'number')
    return { next: () => (e && i >= e.length && (e = void 0), { value: e && e[i++], done: !e }) };
  throw new TypeError(t ? 'Object is not iterable.' : 'Symbol.iterator is not defined.');
}
function P(e) {
  return this instanceof P ? ((this.v = e), this) : new P(e);
}
function $t(e, t, n) {
  if (!Symbol.asyncIterator) throw new TypeError('Symbol.asyncIterator is not defined.');
  var i = n.apply(e, t || []),
    r,
    s = [];
  return (
    (r = Object.create((typeof AsyncIterator == 'function' ? AsyncIterator : Object).prototype)),
    a('next'),
    a('throw'),
    a('return', o),
    (r[Symbol.asyncIterator] = function () {
      return this;
    }),
    r
  );
  function o(y) {
    return (p) => Promise.resolve(p).then(y, u);
  }
  function a(y, p) {
    i[y] &&
      ((r[y] = (_) =>
        new Promise((w, m) => {
          s.push([y, _, w, m]) > 1 || c(y, _);
        })),
      p && (r[y] = p(r[y])));
  }
  function c(y, p) {
    try {
      l(i[y](p));
    } catch (_) {
      h(s[0][3], _);
    }
  }
  function l(y) {
    y.value instanceof P ? Promise.resolve(y.value.v).then(f, u) : h(s[0][2], y);
  }
  function f(y) {
    c('next', y);
  }
  function u(y) {
    c('throw', y);
  }
  function h(y, p) {
    y(p), s.shift(), s.length && c(s[0][0], s[0][1]);
  }
}
function Gn(e) {
  var t, n;
  return (
    (t = {}),
    i('next'),
    i('throw', (r) => {
      throw r;
    }),
    i('return'),
    (t[Symbol.iterator] = function () {
      return this;
    }),
    t
  );
  function i(r, s) {
    t[r] = e[r] ? (o) => ((n = !n) ? { value: P(e[r](o)), done: !1 } : s ? s(o) : o) : s;
  }
}
function Ie(e) {
  if (!Symbol.asyncIterator) throw new TypeError('Symbol.asyncIterator is not defined.');
  var t = e[Symbol.asyncIterator],
    n;
  return t
    ? t.call(e)
    : ((e = typeof ss == 'function' ? ss(e) : e[Symbol.iterator]()),
      (n = {}),
      i('next'),
      i('throw'),
      i('return'),
      (n[Symbol.asyncIterator] = function () {
        return this;
      }),
      n);
  function i(s) {
    n[s] =
      e[s] &&
      ((o) =>
        new Promise((a, c) => {
          (o = e[s](o)), r(a, c, o.done, o.value);
        }));
  }
  function r(s, o, a, c) {
    Promise.resolve(c).then((l) => {
      s({ value: l, done: a });
    }, o);
  }
}
const Hc = new TextDecoder('utf-8'),
  er = (e) => Hc.decode(e),
  Qc = new TextEncoder(),
  Er = (e) => Qc.encode(e),
  Kc = (e) => typeof e == 'number',
  oo = (e) => typeof e == 'boolean',
  nt = (e) => typeof e == 'function',
  _t = (e) => e != null && Object(e) === e,
  Se = (e) => _t(e) && nt(e.then),
  Fn = (e) => _t(e) && nt(e[Symbol.iterator]),
  rn = (e) => _t(e) && nt(e[Symbol.asyncIterator]),
  nr = (e) => _t(e) && _t(e.schema),
  ao = (e) => _t(e) && 'done' in e && 'value' in e,
  co = (e) => _t(e) && nt(e.stat) && Kc(e.fd),
  lo = (e) => _t(e) && Br(e.body),
  Ui = (e) => '_getDOMStream' in e && '_getNodeStream' in e,
  Jc = (e) => _t(e) && nt(e.abort) && nt(e.getWriter) && !Ui(e),
  Br = (e) => _t(e) && nt(e.cancel) && nt(e.getReader) && !Ui(e),
  Zc = (e) => _t(e) && nt(e.end) && nt(e.write) && oo(e.writable) && !Ui(e),
  uo = (e) => _t(e) && nt(e.read) && nt(e.pipe) && oo(e.readable) && !Ui(e),
  Xc = (e) =>
    _t(e) &&
    nt(e.clear) &&
    nt(e.bytes) &&
    nt(e.position) &&
    nt(e.setPosition) &&
    nt(e.capacity) &&
    nt(e.getBufferIdentifier) &&
    nt(e.createLong),
  Or = typeof SharedArrayBuffer < 'u' ? SharedArrayBuffer : ArrayBuffer;
function tl(e) {
  const t = e[0] ? [e[0]] : [];
  let n, i, r, s;
  for (let o, a, c = 0, l = 0, f = e.length; ++c < f; ) {
    if (((o = t[l]), (a = e[c]), !o || !a || o.buffer !== a.buffer || a.byteOffset < o.byteOffset)) {
      a && (t[++l] = a);
      continue;
    }
    if ((({ byteOffset: n, byteLength: r } = o), ({ byteOffset: i, byteLength: s } = a), n + r < i || i + s < n)) {
      a && (t[++l] = a);
      continue;
    }
    t[l] = new Uint8Array(o.buffer, n, i - n + s);
  }
  return t;
}
function os(e, t, n = 0, i = t.byteLength) {
  const r = e.byteLength,
    s = new Uint8Array(e.buffer, e.byteOffset, r),
    o = new Uint8Array(t.buffer, t.byteOffset, Math.min(i, r));
  return (s.set(o, n), e);
}
function Wt(e, t) {
  const n = tl(e),
    i = n.reduce((f, u) => f + u.byteLength, 0);
  let r,
    s,
    o,
    a = 0,
    c = -1;
  const l = Math.min(t || Number.POSITIVE_INFINITY, i);
  for (const f = n.length; ++c < f; ) {
    if (((r = n[c]), (s = r.subarray(0, Math.min(r.length, l - a))), l <= a + s.length)) {
      s.length < r.length ? (n[c] = r.subarray(s.length)) : s.length === r.length && c++, o ? os(o, s, a) : (o = s);
      break;
    }
    os(o || (o = new Uint8Array(l)), s, a), (a += s.length);
  }
  return [o || new Uint8Array(0), n.slice(c), i - (o ? o.byteLength : 0)];
}
function G(e, t) {
  let n = ao(t) ? t.value : t;
  return n instanceof e
    ? e === Uint8Array
      ? new e(n.buffer, n.byteOffset, n.byteLength)
      : n
    : n
      ? (typeof n == 'string' && (n = Er(n)),
        n instanceof ArrayBuffer
          ? new e(n)
          : n instanceof Or
            ? new e(n)
            : Xc(n)
              ? G(e, n.bytes())
              : ArrayBuffer.isView(n)
                ? n.byteLength <= 0
                  ? new e(0)
                  : new e(n.buffer, n.byteOffset, n.byteLength / e.BYTES_PER_ELEMENT)
                : e.from(n))
      : new e(0);
}
const ln = (e) => G(Int32Array, e),
  as = (e) => G(BigInt64Array, e),
  C = (e) => G(Uint8Array, e),
  ir = (e) => (e.next(), e);
function* el(e, t) {
  const n = function* (r) {
      yield r;
    },
    i =
      typeof t == 'string' || ArrayBuffer.isView(t) || t instanceof ArrayBuffer || t instanceof Or
        ? n(t)
        : Fn(t)
          ? t
          : n(t);
  return (
    yield* ir(
      (function* (r) {
        let s = null;
        do s = r.next(yield G(e, s));
        while (!s.done);
      })(i[Symbol.iterator]()),
    ),
    new e()
  );
}
const nl = (e) => el(Uint8Array, e);
function fo(e, t) {
  return $t(this, arguments, function* () {
    if (Se(t)) return yield P(yield P(yield* Gn(Ie(fo(e, yield P(t))))));
    const i = function (o) {
        return $t(this, arguments, function* () {
          yield yield P(yield P(o));
        });
      },
      r = function (o) {
        return $t(this, arguments, function* () {
          yield P(
            yield* Gn(
              Ie(
                ir(
                  (function* (a) {
                    let c = null;
                    do c = a.next(yield c == null ? void 0 : c.value);
                    while (!c.done);
                  })(o[Symbol.iterator]()),
                ),
              ),
            ),
          );
        });
      },
      s =
        typeof t == 'string' || ArrayBuffer.isView(t) || t instanceof ArrayBuffer || t instanceof Or
          ? i(t)
          : Fn(t)
            ? r(t)
            : rn(t)
              ? t
              : i(t);
    return (
      yield P(
        yield* Gn(
          Ie(
            ir(
              (function (o) {
                return $t(this, arguments, function* () {
                  let a = null;
                  do a = yield P(o.next(yield yield P(G(e, a))));
                  while (!a.done);
                });
              })(s[Symbol.asyncIterator]()),
            ),
          ),
        ),
      ),
      yield P(new e())
    );
  });
}
const il = (e) => fo(Uint8Array, e);
function ho(e, t, n) {
  if (e !== 0) {
    n = n.slice(0, t);
    for (let i = -1, r = n.length; ++i < r; ) n[i] += e;
  }
  return n.subarray(0, t);
}
function rl(e, t) {
  let n = 0;
  const i = e.length;
  if (i !== t.length) return !1;
  if (i > 0)
    do if (e[n] !== t[n]) return !1;
    while (++n < i);
  return !0;
}
const Et = {
    fromIterable(e) {
      return zn(sl(e));
    },
    fromAsyncIterable(e) {
      return zn(ol(e));
    },
    fromDOMStream(e) {
      return zn(al(e));
    },
    fromNodeStream(e) {
      return zn(ll(e));
    },
    toDOMStream(e, t) {
      throw new Error('"toDOMStream" not available in this environment');
    },
    toNodeStream(e, t) {
      throw new Error('"toNodeStream" not available in this environment');
    },
  },
  zn = (e) => (e.next(), e);
function* sl(e) {
  let t,
    n = !1,
    i = [],
    r,
    s,
    o,
    a = 0;
  function c() {
    return s === 'peek' ? Wt(i, o)[0] : (([r, i, a] = Wt(i, o)), r);
  }
  ({ cmd: s, size: o } = (yield null) || { cmd: 'read', size: 0 });
  const l = nl(e)[Symbol.iterator]();
  try {
    do
      if (
        (({ done: t, value: r } = Number.isNaN(o - a) ? l.next() : l.next(o - a)),
        !t && r.byteLength > 0 && (i.push(r), (a += r.byteLength)),
        t || o <= a)
      )
        do ({ cmd: s, size: o } = yield c());
        while (o < a);
    while (!t);
  } catch (f) {
    (n = !0) && typeof l.throw == 'function' && l.throw(f);
  } finally {
    n === !1 && typeof l.return == 'function' && l.return(null);
  }
  return null;
}
function ol(e) {
  return $t(this, arguments, function* () {
    let n,
      i = !1,
      r = [],
      s,
      o,
      a,
      c = 0;
    function l() {
      return o === 'peek' ? Wt(r, a)[0] : (([s, r, c] = Wt(r, a)), s);
    }
    ({ cmd: o, size: a } = (yield yield P(null)) || { cmd: 'read', size: 0 });
    const f = il(e)[Symbol.asyncIterator]();
    try {
      do
        if (
          (({ done: n, value: s } = Number.isNaN(a - c) ? yield P(f.next()) : yield P(f.next(a - c))),
          !n && s.byteLength > 0 && (r.push(s), (c += s.byteLength)),
          n || a <= c)
        )
          do ({ cmd: o, size: a } = yield yield P(l()));
          while (a < c);
      while (!n);
    } catch (u) {
      (i = !0) && typeof f.throw == 'function' && (yield P(f.throw(u)));
    } finally {
      i === !1 && typeof f.return == 'function' && (yield P(f.return(new Uint8Array(0))));
    }
    return yield P(null);
  });
}
function al(e) {
  return $t(this, arguments, function* () {
    let n = !1,
      i = !1,
      r = [],
      s,
      o,
      a,
      c = 0;
    function l() {
      return o === 'peek' ? Wt(r, a)[0] : (([s, r, c] = Wt(r, a)), s);
    }
    ({ cmd: o, size: a } = (yield yield P(null)) || { cmd: 'read', size: 0 });
    const f = new cl(e);
    try {
      do
        if (
          (({ done: n, value: s } = Number.isNaN(a - c) ? yield P(f.read()) : yield P(f.read(a - c))),
          !n && s.byteLength > 0 && (r.push(C(s)), (c += s.byteLength)),
          n || a <= c)
        )
          do ({ cmd: o, size: a } = yield yield P(l()));
          while (a < c);
      while (!n);
    } catch (u) {
      (i = !0) && (yield P(f.cancel(u)));
    } finally {
      i === !1 ? yield P(f.cancel()) : e.locked && f.releaseLock();
    }
    return yield P(null);
  });
}
class cl {
  constructor(t) {
    (this.source = t),
      (this.reader = null),
      (this.reader = this.source.getReader()),
      this.reader.closed.catch(() => {});
  }
  get closed() {
    return this.reader ? this.reader.closed.catch(() => {}) : Promise.resolve();
  }
  releaseLock() {
    this.reader && this.reader.releaseLock(), (this.reader = null);
  }
  cancel(t) {
    return M(this, void 0, void 0, function* () {
      const { reader: n, source: i } = this;
      n && (yield n.cancel(t).catch(() => {})), i && i.locked && this.releaseLock();
    });
  }
  read(t) {
    return M(this, void 0, void 0, function* () {
      if (t === 0) return { done: this.reader == null, value: new Uint8Array(0) };
      const n = yield this.reader.read();
      return (!n.done && (n.value = C(n)), n);
    });
  }
}
const zi = (e, t) => {
  const n = (r) => i([t, r]);
  let i;
  return [t, n, new Promise((r) => (i = r) && e.once(t, n))];
};
function ll(e) {
  return $t(this, arguments, function* () {
    const n = [];
    let i = 'error',
      r = !1,
      s = null,
      o,
      a,
      c = 0,
      l = [],
      f;
    function u() {
      return o === 'peek' ? Wt(l, a)[0] : (([f, l, c] = Wt(l, a)), f);
    }
    if ((({ cmd: o, size: a } = (yield yield P(null)) || { cmd: 'read', size: 0 }), e.isTTY))
      return (yield yield P(new Uint8Array(0)), yield P(null));
    try {
      (n[0] = zi(e, 'end')), (n[1] = zi(e, 'error'));
      do {
        if (((n[2] = zi(e, 'readable')), ([i, s] = yield P(Promise.race(n.map((y) => y[2])))), i === 'error')) break;
        if (
          ((r = i === 'end') ||
            (Number.isFinite(a - c)
              ? ((f = C(e.read(a - c))), f.byteLength < a - c && (f = C(e.read())))
              : (f = C(e.read())),
            f.byteLength > 0 && (l.push(f), (c += f.byteLength))),
          r || a <= c)
        )
          do ({ cmd: o, size: a } = yield yield P(u()));
          while (a < c);
      } while (!r);
    } finally {
      yield P(h(n, i === 'error' ? s : null));
    }
    return yield P(null);
    function h(y, p) {
      return (
        (f = l = null),
        new Promise((_, w) => {
          for (const [m, g] of y) e.off(m, g);
          try {
            const m = e.destroy;
            m && m.call(e, p), (p = void 0);
          } catch (m) {
            p = m || p;
          } finally {
            p != null ? w(p) : _();
          }
        })
      );
    }
  });
}
var et;
((e) => {
  (e[(e.V1 = 0)] = 'V1'),
    (e[(e.V2 = 1)] = 'V2'),
    (e[(e.V3 = 2)] = 'V3'),
    (e[(e.V4 = 3)] = 'V4'),
    (e[(e.V5 = 4)] = 'V5');
})(et || (et = {}));
var ct;
((e) => {
  (e[(e.Sparse = 0)] = 'Sparse'), (e[(e.Dense = 1)] = 'Dense');
})(ct || (ct = {}));
var st;
((e) => {
  (e[(e.HALF = 0)] = 'HALF'), (e[(e.SINGLE = 1)] = 'SINGLE'), (e[(e.DOUBLE = 2)] = 'DOUBLE');
})(st || (st = {}));
var vt;
((e) => {
  (e[(e.DAY = 0)] = 'DAY'), (e[(e.MILLISECOND = 1)] = 'MILLISECOND');
})(vt || (vt = {}));
var O;
((e) => {
  (e[(e.SECOND = 0)] = 'SECOND'),
    (e[(e.MILLISECOND = 1)] = 'MILLISECOND'),
    (e[(e.MICROSECOND = 2)] = 'MICROSECOND'),
    (e[(e.NANOSECOND = 3)] = 'NANOSECOND');
})(O || (O = {}));
var qt;
((e) => {
  (e[(e.YEAR_MONTH = 0)] = 'YEAR_MONTH'),
    (e[(e.DAY_TIME = 1)] = 'DAY_TIME'),
    (e[(e.MONTH_DAY_NANO = 2)] = 'MONTH_DAY_NANO');
})(qt || (qt = {}));
const $i = 2,
  Vt = 4,
  Zt = 4,
  W = 4,
  ae = new Int32Array(2),
  cs = new Float32Array(ae.buffer),
  ls = new Float64Array(ae.buffer),
  $n = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;
var rr;
((e) => {
  (e[(e.UTF8_BYTES = 1)] = 'UTF8_BYTES'), (e[(e.UTF16_STRING = 2)] = 'UTF16_STRING');
})(rr || (rr = {}));
const Qe = class yo {
    constructor(t) {
      (this.bytes_ = t), (this.position_ = 0), (this.text_decoder_ = new TextDecoder());
    }
    static allocate(t) {
      return new yo(new Uint8Array(t));
    }
    clear() {
      this.position_ = 0;
    }
    bytes() {
      return this.bytes_;
    }
    position() {
      return this.position_;
    }
    setPosition(t) {
      this.position_ = t;
    }
    capacity() {
      return this.bytes_.length;
    }
    readInt8(t) {
      return (this.readUint8(t) << 24) >> 24;
    }
    readUint8(t) {
      return this.bytes_[t];
    }
    readInt16(t) {
      return (this.readUint16(t) << 16) >> 16;
    }
    readUint16(t) {
      return this.bytes_[t] | (this.bytes_[t + 1] << 8);
    }
    readInt32(t) {
      return this.bytes_[t] | (this.bytes_[t + 1] << 8) | (this.bytes_[t + 2] << 16) | (this.bytes_[t + 3] << 24);
    }
    readUint32(t) {
      return this.readInt32(t) >>> 0;
    }
    readInt64(t) {
      return BigInt.asIntN(64, BigInt(this.readUint32(t)) + (BigInt(this.readUint32(t + 4)) << BigInt(32)));
    }
    readUint64(t) {
      return BigInt.asUintN(64, BigInt(this.readUint32(t)) + (BigInt(this.readUint32(t + 4)) << BigInt(32)));
    }
    readFloat32(t) {
      return ((ae[0] = this.readInt32(t)), cs[0]);
    }
    readFloat64(t) {
      return ((ae[$n ? 0 : 1] = this.readInt32(t)), (ae[$n ? 1 : 0] = this.readInt32(t + 4)), ls[0]);
    }
    writeInt8(t, n) {
      this.bytes_[t] = n;
    }
    writeUint8(t, n) {
      this.bytes_[t] = n;
    }
    writeInt16(t, n) {
      (this.bytes_[t] = n), (this.bytes_[t + 1] = n >> 8);
    }
    writeUint16(t, n) {
      (this.bytes_[t] = n), (this.bytes_[t + 1] = n >> 8);
    }
    writeInt32(t, n) {
      (this.bytes_[t] = n),
        (this.bytes_[t + 1] = n >> 8),
        (this.bytes_[t + 2] = n >> 16),
        (this.bytes_[t + 3] = n >> 24);
    }
    writeUint32(t, n) {
      (this.bytes_[t] = n),
        (this.bytes_[t + 1] = n >> 8),
        (this.bytes_[t + 2] = n >> 16),
        (this.bytes_[t + 3] = n >> 24);
    }
    writeInt64(t, n) {
      this.writeInt32(t, Number(BigInt.asIntN(32, n))),
        this.writeInt32(t + 4, Number(BigInt.asIntN(32, n >> BigInt(32))));
    }
    writeUint64(t, n) {
      this.writeUint32(t, Number(BigInt.asUintN(32, n))),
        this.writeUint32(t + 4, Number(BigInt.asUintN(32, n >> BigInt(32))));
    }
    writeFloat32(t, n) {
      (cs[0] = n), this.writeInt32(t, ae[0]);
    }
    writeFloat64(t, n) {
      (ls[0] = n), this.writeInt32(t, ae[$n ? 0 : 1]), this.writeInt32(t + 4, ae[$n ? 1 : 0]);
    }
    getBufferIdentifier() {
      if (this.bytes_.length < this.position_ + Vt + Zt)
        throw new Error('FlatBuffers: ByteBuffer is too short to contain an identifier.');
      let t = '';
      for (let n = 0; n < Zt; n++) t += String.fromCharCode(this.readInt8(this.position_ + Vt + n));
      return t;
    }
    __offset(t, n) {
      const i = t - this.readInt32(t);
      return n < this.readInt16(i) ? this.readInt16(i + n) : 0;
    }
    __union(t, n) {
      return ((t.bb_pos = n + this.readInt32(n)), (t.bb = this), t);
    }
    __string(t, n) {
      t += this.readInt32(t);
      const i = this.readInt32(t);
      t += Vt;
      const r = this.bytes_.subarray(t, t + i);
      return n === rr.UTF8_BYTES ? r : this.text_decoder_.decode(r);
    }
    __union_with_string(t, n) {
      return typeof t == 'string' ? this.__string(n) : this.__union(t, n);
    }
    __indirect(t) {
      return t + this.readInt32(t);
    }
    __vector(t) {
      return t + this.readInt32(t) + Vt;
    }
    __vector_len(t) {
      return this.readInt32(t + this.readInt32(t));
    }
    __has_identifier(t) {
      if (t.length != Zt) throw new Error('FlatBuffers: file identifier must be length ' + Zt);
      for (let n = 0; n < Zt; n++) if (t.charCodeAt(n) != this.readInt8(this.position() + Vt + n)) return !1;
      return !0;
    }
    createScalarList(t, n) {
      const i = [];
      for (let r = 0; r < n; ++r) {
        const s = t(r);
        s !== null && i.push(s);
      }
      return i;
    }
    createObjList(t, n) {
      const i = [];
      for (let r = 0; r < n; ++r) {
        const s = t(r);
        s !== null && i.push(s.unpack());
      }
      return i;
    }
  },
  po = class _o {
    constructor(t) {
      (this.minalign = 1),
        (this.vtable = null),
        (this.vtable_in_use = 0),
        (this.isNested = !1),
        (this.object_start = 0),
        (this.vtables = []),
        (this.vector_num_elems = 0),
        (this.force_defaults = !1),
        (this.string_maps = null),
        (this.text_encoder = new TextEncoder());
      let n;
      t ? (n = t) : (n = 1024), (this.bb = Qe.allocate(n)), (this.space = n);
    }
    clear() {
      this.bb.clear(),
        (this.space = this.bb.capacity()),
        (this.minalign = 1),
        (this.vtable = null),
        (this.vtable_in_use = 0),
        (this.isNested = !1),
        (this.object_start = 0),
        (this.vtables = []),
        (this.vector_num_elems = 0),
        (this.force_defaults = !1),
        (this.string_maps = null);
    }
    forceDefaults(t) {
      this.force_defaults = t;
    }
    dataBuffer() {
      return this.bb;
    }
    asUint8Array() {
      return this.bb.bytes().subarray(this.bb.position(), this.bb.position() + this.offset());
    }
    prep(t, n) {
      t > this.minalign && (this.minalign = t);
      const i = (~(this.bb.capacity() - this.space + n) + 1) & (t - 1);
      for (; this.space < i + t + n; ) {
        const r = this.bb.capacity();
        (this.bb = _o.growByteBuffer(this.bb)), (this.space += this.bb.capacity() - r);
      }
      this.pad(i);
    }
    pad(t) {
      for (let n = 0; n < t; n++) this.bb.writeInt8(--this.space, 0);
    }
    writeInt8(t) {
      this.bb.writeInt8((this.space -= 1), t);
    }
    writeInt16(t) {
      this.bb.writeInt16((this.space -= 2), t);
    }
    writeInt32(t) {
      this.bb.writeInt32((this.space -= 4), t);
    }
    writeInt64(t) {
      this.bb.writeInt64((this.space -= 8), t);
    }
    writeFloat32(t) {
      this.bb.writeFloat32((this.space -= 4), t);
    }
    writeFloat64(t) {
      this.bb.writeFloat64((this.space -= 8), t);
    }
    addInt8(t) {
      this.prep(1, 0), this.writeInt8(t);
    }
    addInt16(t) {
      this.prep(2, 0), this.writeInt16(t);
    }
    addInt32(t) {
      this.prep(4, 0), this.writeInt32(t);
    }
    addInt64(t) {
      this.prep(8, 0), this.writeInt64(t);
    }
    addFloat32(t) {
      this.prep(4, 0), this.writeFloat32(t);
    }
    addFloat64(t) {
      this.prep(8, 0), this.writeFloat64(t);
    }
    addFieldInt8(t, n, i) {
      (this.force_defaults || n != i) && (this.addInt8(n), this.slot(t));
    }
    addFieldInt16(t, n, i) {
      (this.force_defaults || n != i) && (this.addInt16(n), this.slot(t));
    }
    addFieldInt32(t, n, i) {
      (this.force_defaults || n != i) && (this.addInt32(n), this.slot(t));
    }
    addFieldInt64(t, n, i) {
      (this.force_defaults || n !== i) && (this.addInt64(n), this.slot(t));
    }
    addFieldFloat32(t, n, i) {
      (this.force_defaults || n != i) && (this.addFloat32(n), this.slot(t));
    }
    addFieldFloat64(t, n, i) {
      (this.force_defaults || n != i) && (this.addFloat64(n), this.slot(t));
    }
    addFieldOffset(t, n, i) {
      (this.force_defaults || n != i) && (this.addOffset(n), this.slot(t));
    }
    addFieldStruct(t, n, i) {
      n != i && (this.nested(n), this.slot(t));
    }
    nested(t) {
      if (t != this.offset()) throw new TypeError('FlatBuffers: struct must be serialized inline.');
    }
    notNested() {
      if (this.isNested) throw new TypeError('FlatBuffers: object serialization must not be nested.');
    }
    slot(t) {
      this.vtable !== null && (this.vtable[t] = this.offset());
    }
    offset() {
      return this.bb.capacity() - this.space;
    }
    static growByteBuffer(t) {
      const n = t.capacity();
      if (n & 3221225472) throw new Error('FlatBuffers: cannot grow buffer beyond 2 gigabytes.');
      const i = n << 1,
        r = Qe.allocate(i);
      return (r.setPosition(i - n), r.bytes().set(t.bytes(), i - n), r);
    }
    addOffset(t) {
      this.prep(Vt, 0), this.writeInt32(this.offset() - t + Vt);
    }
    startObject(t) {
      this.notNested(), this.vtable == null && (this.vtable = []), (this.vtable_in_use = t);
      for (let n = 0; n < t; n++) this.vtable[n] = 0;
      (this.isNested = !0), (this.object_start = this.offset());
    }
    endObject() {
      if (this.vtable == null || !this.isNested) throw new Error('FlatBuffers: endObject called without startObject');
      this.addInt32(0);
      const t = this.offset();
      let n = this.vtable_in_use - 1;
      for (; n >= 0 && this.vtable[n] == 0; n--);
      const i = n + 1;
      for (; n >= 0; n--) this.addInt16(this.vtable[n] != 0 ? t - this.vtable[n] : 0);
      const r = 2;
      this.addInt16(t - this.object_start);
      const s = (i + r) * $i;
      this.addInt16(s);
      let o = 0;
      const a = this.space;
      t: for (n = 0; n < this.vtables.length; n++) {
        const c = this.bb.capacity() - this.vtables[n];
        if (s == this.bb.readInt16(c)) {
          for (let l = $i; l < s; l += $i) if (this.bb.readInt16(a + l) != this.bb.readInt16(c + l)) continue t;
          o = this.vtables[n];
          break;
        }
      }
      return (
        o
          ? ((this.space = this.bb.capacity() - t), this.bb.writeInt32(this.space, o - t))
          : (this.vtables.push(this.offset()), this.bb.writeInt32(this.bb.capacity() - t, this.offset() - t)),
        (this.isNested = !1),
        t
      );
    }
    finish(t, n, i) {
      const r = i ? W : 0;
      if (n) {
        const s = n;
        if ((this.prep(this.minalign, Vt + Zt + r), s.length != Zt))
          throw new TypeError('FlatBuffers: file identifier must be length ' + Zt);
        for (let o = Zt - 1; o >= 0; o--) this.writeInt8(s.charCodeAt(o));
      }
      this.prep(this.minalign, Vt + r),
        this.addOffset(t),
        r && this.addInt32(this.bb.capacity() - this.space),
        this.bb.setPosition(this.space);
    }
    finishSizePrefixed(t, n) {
      this.finish(t, n, !0);
    }
    requiredField(t, n) {
      const i = this.bb.capacity() - t,
        r = i - this.bb.readInt32(i);
      if (!(n < this.bb.readInt16(r) && this.bb.readInt16(r + n) != 0))
        throw new TypeError('FlatBuffers: field ' + n + ' must be set');
    }
    startVector(t, n, i) {
      this.notNested(), (this.vector_num_elems = n), this.prep(Vt, t * n), this.prep(i, t * n);
    }
    endVector() {
      return (this.writeInt32(this.vector_num_elems), this.offset());
    }
    createSharedString(t) {
      if (!t) return 0;
      if ((this.string_maps || (this.string_maps = new Map()), this.string_maps.has(t))) return this.string_maps.get(t);
      const n = this.createString(t);
      return (this.string_maps.set(t, n), n);
    }
    createString(t) {
      if (t == null) return 0;
      let n;
      return (
        t instanceof Uint8Array ? (n = t) : (n = this.text_encoder.encode(t)),
        this.addInt8(0),
        this.startVector(1, n.length, 1),
        this.bb.setPosition((this.space -= n.length)),
        this.bb.bytes().set(n, this.space),
        this.endVector()
      );
    }
    createByteVector(t) {
      return t == null
        ? 0
        : (this.startVector(1, t.length, 1),
          this.bb.setPosition((this.space -= t.length)),
          this.bb.bytes().set(t, this.space),
          this.endVector());
    }
    createObjectOffset(t) {
      return t === null ? 0 : typeof t == 'string' ? this.createString(t) : t.pack(this);
    }
    createObjectOffsetList(t) {
      const n = [];
      for (let i = 0; i < t.length; ++i) {
        const r = t[i];
        if (r !== null) n.push(this.createObjectOffset(r));
        else throw new TypeError('FlatBuffers: Argument for createObjectOffsetList cannot contain null.');
      }
      return n;
    }
    createStructOffsetList(t, n) {
      return (n(this, t.length), this.createObjectOffsetList(t.slice().reverse()), this.endVector());
    }
  };
var oi;
((e) => {
  e[(e.BUFFER = 0)] = 'BUFFER';
})(oi || (oi = {}));
var ai;
((e) => {
  (e[(e.LZ4_FRAME = 0)] = 'LZ4_FRAME'), (e[(e.ZSTD = 1)] = 'ZSTD');
})(ai || (ai = {}));
class ce {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  static getRootAsBodyCompression(t, n) {
    return (n || new ce()).__init(t.readInt32(t.position()) + t.position(), t);
  }
  static getSizePrefixedRootAsBodyCompression(t, n) {
    return (t.setPosition(t.position() + W), (n || new ce()).__init(t.readInt32(t.position()) + t.position(), t));
  }
  codec() {
    const t = this.bb.__offset(this.bb_pos, 4);
    return t ? this.bb.readInt8(this.bb_pos + t) : ai.LZ4_FRAME;
  }
  method() {
    const t = this.bb.__offset(this.bb_pos, 6);
    return t ? this.bb.readInt8(this.bb_pos + t) : oi.BUFFER;
  }
  static startBodyCompression(t) {
    t.startObject(2);
  }
  static addCodec(t, n) {
    t.addFieldInt8(0, n, ai.LZ4_FRAME);
  }
  static addMethod(t, n) {
    t.addFieldInt8(1, n, oi.BUFFER);
  }
  static endBodyCompression(t) {
    return t.endObject();
  }
  static createBodyCompression(t, n, i) {
    return (ce.startBodyCompression(t), ce.addCodec(t, n), ce.addMethod(t, i), ce.endBodyCompression(t));
  }
}
class mo {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  offset() {
    return this.bb.readInt64(this.bb_pos);
  }
  length() {
    return this.bb.readInt64(this.bb_pos + 8);
  }
  static sizeOf() {
    return 16;
  }
  static createBuffer(t, n, i) {
    return (t.prep(8, 16), t.writeInt64(BigInt(i ?? 0)), t.writeInt64(BigInt(n ?? 0)), t.offset());
  }
}
const go = class {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    length() {
      return this.bb.readInt64(this.bb_pos);
    }
    nullCount() {
      return this.bb.readInt64(this.bb_pos + 8);
    }
    static sizeOf() {
      return 16;
    }
    static createFieldNode(t, n, i) {
      return (t.prep(8, 16), t.writeInt64(BigInt(i ?? 0)), t.writeInt64(BigInt(n ?? 0)), t.offset());
    }
  },
  Qt = class sr {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsRecordBatch(t, n) {
      return (n || new sr()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsRecordBatch(t, n) {
      return (t.setPosition(t.position() + W), (n || new sr()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    length() {
      const t = this.bb.__offset(this.bb_pos, 4);
      return t ? this.bb.readInt64(this.bb_pos + t) : BigInt('0');
    }
    nodes(t, n) {
      const i = this.bb.__offset(this.bb_pos, 6);
      return i ? (n || new go()).__init(this.bb.__vector(this.bb_pos + i) + t * 16, this.bb) : null;
    }
    nodesLength() {
      const t = this.bb.__offset(this.bb_pos, 6);
      return t ? this.bb.__vector_len(this.bb_pos + t) : 0;
    }
    buffers(t, n) {
      const i = this.bb.__offset(this.bb_pos, 8);
      return i ? (n || new mo()).__init(this.bb.__vector(this.bb_pos + i) + t * 16, this.bb) : null;
    }
    buffersLength() {
      const t = this.bb.__offset(this.bb_pos, 8);
      return t ? this.bb.__vector_len(this.bb_pos + t) : 0;
    }
    compression(t) {
      const n = this.bb.__offset(this.bb_pos, 10);
      return n ? (t || new ce()).__init(this.bb.__indirect(this.bb_pos + n), this.bb) : null;
    }
    static startRecordBatch(t) {
      t.startObject(4);
    }
    static addLength(t, n) {
      t.addFieldInt64(0, n, BigInt('0'));
    }
    static addNodes(t, n) {
      t.addFieldOffset(1, n, 0);
    }
    static startNodesVector(t, n) {
      t.startVector(16, n, 8);
    }
    static addBuffers(t, n) {
      t.addFieldOffset(2, n, 0);
    }
    static startBuffersVector(t, n) {
      t.startVector(16, n, 8);
    }
    static addCompression(t, n) {
      t.addFieldOffset(3, n, 0);
    }
    static endRecordBatch(t) {
      return t.endObject();
    }
  },
  Fe = class or {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsDictionaryBatch(t, n) {
      return (n || new or()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsDictionaryBatch(t, n) {
      return (t.setPosition(t.position() + W), (n || new or()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    id() {
      const t = this.bb.__offset(this.bb_pos, 4);
      return t ? this.bb.readInt64(this.bb_pos + t) : BigInt('0');
    }
    data(t) {
      const n = this.bb.__offset(this.bb_pos, 6);
      return n ? (t || new Qt()).__init(this.bb.__indirect(this.bb_pos + n), this.bb) : null;
    }
    isDelta() {
      const t = this.bb.__offset(this.bb_pos, 8);
      return t ? !!this.bb.readInt8(this.bb_pos + t) : !1;
    }
    static startDictionaryBatch(t) {
      t.startObject(3);
    }
    static addId(t, n) {
      t.addFieldInt64(0, n, BigInt('0'));
    }
    static addData(t, n) {
      t.addFieldOffset(1, n, 0);
    }
    static addIsDelta(t, n) {
      t.addFieldInt8(2, +n, 0);
    }
    static endDictionaryBatch(t) {
      return t.endObject();
    }
  };
var Ke;
((e) => {
  (e[(e.Little = 0)] = 'Little'), (e[(e.Big = 1)] = 'Big');
})(Ke || (Ke = {}));
var ci;
((e) => {
  e[(e.DenseArray = 0)] = 'DenseArray';
})(ci || (ci = {}));
class It {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  static getRootAsInt(t, n) {
    return (n || new It()).__init(t.readInt32(t.position()) + t.position(), t);
  }
  static getSizePrefixedRootAsInt(t, n) {
    return (t.setPosition(t.position() + W), (n || new It()).__init(t.readInt32(t.position()) + t.position(), t));
  }
  bitWidth() {
    const t = this.bb.__offset(this.bb_pos, 4);
    return t ? this.bb.readInt32(this.bb_pos + t) : 0;
  }
  isSigned() {
    const t = this.bb.__offset(this.bb_pos, 6);
    return t ? !!this.bb.readInt8(this.bb_pos + t) : !1;
  }
  static startInt(t) {
    t.startObject(2);
  }
  static addBitWidth(t, n) {
    t.addFieldInt32(0, n, 0);
  }
  static addIsSigned(t, n) {
    t.addFieldInt8(1, +n, 0);
  }
  static endInt(t) {
    return t.endObject();
  }
  static createInt(t, n, i) {
    return (It.startInt(t), It.addBitWidth(t, n), It.addIsSigned(t, i), It.endInt(t));
  }
}
class Xt {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  static getRootAsDictionaryEncoding(t, n) {
    return (n || new Xt()).__init(t.readInt32(t.position()) + t.position(), t);
  }
  static getSizePrefixedRootAsDictionaryEncoding(t, n) {
    return (t.setPosition(t.position() + W), (n || new Xt()).__init(t.readInt32(t.position()) + t.position(), t));
  }
  id() {
    const t = this.bb.__offset(this.bb_pos, 4);
    return t ? this.bb.readInt64(this.bb_pos + t) : BigInt('0');
  }
  indexType(t) {
    const n = this.bb.__offset(this.bb_pos, 6);
    return n ? (t || new It()).__init(this.bb.__indirect(this.bb_pos + n), this.bb) : null;
  }
  isOrdered() {
    const t = this.bb.__offset(this.bb_pos, 8);
    return t ? !!this.bb.readInt8(this.bb_pos + t) : !1;
  }
  dictionaryKind() {
    const t = this.bb.__offset(this.bb_pos, 10);
    return t ? this.bb.readInt16(this.bb_pos + t) : ci.DenseArray;
  }
  static startDictionaryEncoding(t) {
    t.startObject(4);
  }
  static addId(t, n) {
    t.addFieldInt64(0, n, BigInt('0'));
  }
  static addIndexType(t, n) {
    t.addFieldOffset(1, n, 0);
  }
  static addIsOrdered(t, n) {
    t.addFieldInt8(2, +n, 0);
  }
  static addDictionaryKind(t, n) {
    t.addFieldInt16(3, n, ci.DenseArray);
  }
  static endDictionaryEncoding(t) {
    return t.endObject();
  }
}
class it {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  static getRootAsKeyValue(t, n) {
    return (n || new it()).__init(t.readInt32(t.position()) + t.position(), t);
  }
  static getSizePrefixedRootAsKeyValue(t, n) {
    return (t.setPosition(t.position() + W), (n || new it()).__init(t.readInt32(t.position()) + t.position(), t));
  }
  key(t) {
    const n = this.bb.__offset(this.bb_pos, 4);
    return n ? this.bb.__string(this.bb_pos + n, t) : null;
  }
  value(t) {
    const n = this.bb.__offset(this.bb_pos, 6);
    return n ? this.bb.__string(this.bb_pos + n, t) : null;
  }
  static startKeyValue(t) {
    t.startObject(2);
  }
  static addKey(t, n) {
    t.addFieldOffset(0, n, 0);
  }
  static addValue(t, n) {
    t.addFieldOffset(1, n, 0);
  }
  static endKeyValue(t) {
    return t.endObject();
  }
  static createKeyValue(t, n, i) {
    return (it.startKeyValue(t), it.addKey(t, n), it.addValue(t, i), it.endKeyValue(t));
  }
}
const us = class fn {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsBinary(t, n) {
      return (n || new fn()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsBinary(t, n) {
      return (t.setPosition(t.position() + W), (n || new fn()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    static startBinary(t) {
      t.startObject(0);
    }
    static endBinary(t) {
      return t.endObject();
    }
    static createBinary(t) {
      return (fn.startBinary(t), fn.endBinary(t));
    }
  },
  fs = class dn {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsBool(t, n) {
      return (n || new dn()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsBool(t, n) {
      return (t.setPosition(t.position() + W), (n || new dn()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    static startBool(t) {
      t.startObject(0);
    }
    static endBool(t) {
      return t.endObject();
    }
    static createBool(t) {
      return (dn.startBool(t), dn.endBool(t));
    }
  },
  Hn = class Le {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsDate(t, n) {
      return (n || new Le()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsDate(t, n) {
      return (t.setPosition(t.position() + W), (n || new Le()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    unit() {
      const t = this.bb.__offset(this.bb_pos, 4);
      return t ? this.bb.readInt16(this.bb_pos + t) : vt.MILLISECOND;
    }
    static startDate(t) {
      t.startObject(1);
    }
    static addUnit(t, n) {
      t.addFieldInt16(0, n, vt.MILLISECOND);
    }
    static endDate(t) {
      return t.endObject();
    }
    static createDate(t, n) {
      return (Le.startDate(t), Le.addUnit(t, n), Le.endDate(t));
    }
  },
  Ue = class se {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsDecimal(t, n) {
      return (n || new se()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsDecimal(t, n) {
      return (t.setPosition(t.position() + W), (n || new se()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    precision() {
      const t = this.bb.__offset(this.bb_pos, 4);
      return t ? this.bb.readInt32(this.bb_pos + t) : 0;
    }
    scale() {
      const t = this.bb.__offset(this.bb_pos, 6);
      return t ? this.bb.readInt32(this.bb_pos + t) : 0;
    }
    bitWidth() {
      const t = this.bb.__offset(this.bb_pos, 8);
      return t ? this.bb.readInt32(this.bb_pos + t) : 128;
    }
    static startDecimal(t) {
      t.startObject(3);
    }
    static addPrecision(t, n) {
      t.addFieldInt32(0, n, 0);
    }
    static addScale(t, n) {
      t.addFieldInt32(1, n, 0);
    }
    static addBitWidth(t, n) {
      t.addFieldInt32(2, n, 128);
    }
    static endDecimal(t) {
      return t.endObject();
    }
    static createDecimal(t, n, i, r) {
      return (se.startDecimal(t), se.addPrecision(t, n), se.addScale(t, i), se.addBitWidth(t, r), se.endDecimal(t));
    }
  },
  Qn = class Me {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsDuration(t, n) {
      return (n || new Me()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsDuration(t, n) {
      return (t.setPosition(t.position() + W), (n || new Me()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    unit() {
      const t = this.bb.__offset(this.bb_pos, 4);
      return t ? this.bb.readInt16(this.bb_pos + t) : O.MILLISECOND;
    }
    static startDuration(t) {
      t.startObject(1);
    }
    static addUnit(t, n) {
      t.addFieldInt16(0, n, O.MILLISECOND);
    }
    static endDuration(t) {
      return t.endObject();
    }
    static createDuration(t, n) {
      return (Me.startDuration(t), Me.addUnit(t, n), Me.endDuration(t));
    }
  },
  Kn = class Pe {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsFixedSizeBinary(t, n) {
      return (n || new Pe()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsFixedSizeBinary(t, n) {
      return (t.setPosition(t.position() + W), (n || new Pe()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    byteWidth() {
      const t = this.bb.__offset(this.bb_pos, 4);
      return t ? this.bb.readInt32(this.bb_pos + t) : 0;
    }
    static startFixedSizeBinary(t) {
      t.startObject(1);
    }
    static addByteWidth(t, n) {
      t.addFieldInt32(0, n, 0);
    }
    static endFixedSizeBinary(t) {
      return t.endObject();
    }
    static createFixedSizeBinary(t, n) {
      return (Pe.startFixedSizeBinary(t), Pe.addByteWidth(t, n), Pe.endFixedSizeBinary(t));
    }
  },
  Jn = class xe {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsFixedSizeList(t, n) {
      return (n || new xe()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsFixedSizeList(t, n) {
      return (t.setPosition(t.position() + W), (n || new xe()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    listSize() {
      const t = this.bb.__offset(this.bb_pos, 4);
      return t ? this.bb.readInt32(this.bb_pos + t) : 0;
    }
    static startFixedSizeList(t) {
      t.startObject(1);
    }
    static addListSize(t, n) {
      t.addFieldInt32(0, n, 0);
    }
    static endFixedSizeList(t) {
      return t.endObject();
    }
    static createFixedSizeList(t, n) {
      return (xe.startFixedSizeList(t), xe.addListSize(t, n), xe.endFixedSizeList(t));
    }
  };
class jt {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  static getRootAsFloatingPoint(t, n) {
    return (n || new jt()).__init(t.readInt32(t.position()) + t.position(), t);
  }
  static getSizePrefixedRootAsFloatingPoint(t, n) {
    return (t.setPosition(t.position() + W), (n || new jt()).__init(t.readInt32(t.position()) + t.position(), t));
  }
  precision() {
    const t = this.bb.__offset(this.bb_pos, 4);
    return t ? this.bb.readInt16(this.bb_pos + t) : st.HALF;
  }
  static startFloatingPoint(t) {
    t.startObject(1);
  }
  static addPrecision(t, n) {
    t.addFieldInt16(0, n, st.HALF);
  }
  static endFloatingPoint(t) {
    return t.endObject();
  }
  static createFloatingPoint(t, n) {
    return (jt.startFloatingPoint(t), jt.addPrecision(t, n), jt.endFloatingPoint(t));
  }
}
class zt {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  static getRootAsInterval(t, n) {
    return (n || new zt()).__init(t.readInt32(t.position()) + t.position(), t);
  }
  static getSizePrefixedRootAsInterval(t, n) {
    return (t.setPosition(t.position() + W), (n || new zt()).__init(t.readInt32(t.position()) + t.position(), t));
  }
  unit() {
    const t = this.bb.__offset(this.bb_pos, 4);
    return t ? this.bb.readInt16(this.bb_pos + t) : qt.YEAR_MONTH;
  }
  static startInterval(t) {
    t.startObject(1);
  }
  static addUnit(t, n) {
    t.addFieldInt16(0, n, qt.YEAR_MONTH);
  }
  static endInterval(t) {
    return t.endObject();
  }
  static createInterval(t, n) {
    return (zt.startInterval(t), zt.addUnit(t, n), zt.endInterval(t));
  }
}
const ds = class hn {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsLargeBinary(t, n) {
      return (n || new hn()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsLargeBinary(t, n) {
      return (t.setPosition(t.position() + W), (n || new hn()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    static startLargeBinary(t) {
      t.startObject(0);
    }
    static endLargeBinary(t) {
      return t.endObject();
    }
    static createLargeBinary(t) {
      return (hn.startLargeBinary(t), hn.endLargeBinary(t));
    }
  },
  hs = class yn {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsLargeUtf8(t, n) {
      return (n || new yn()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsLargeUtf8(t, n) {
      return (t.setPosition(t.position() + W), (n || new yn()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    static startLargeUtf8(t) {
      t.startObject(0);
    }
    static endLargeUtf8(t) {
      return t.endObject();
    }
    static createLargeUtf8(t) {
      return (yn.startLargeUtf8(t), yn.endLargeUtf8(t));
    }
  },
  ys = class pn {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsList(t, n) {
      return (n || new pn()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsList(t, n) {
      return (t.setPosition(t.position() + W), (n || new pn()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    static startList(t) {
      t.startObject(0);
    }
    static endList(t) {
      return t.endObject();
    }
    static createList(t) {
      return (pn.startList(t), pn.endList(t));
    }
  },
  Zn = class Ce {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsMap(t, n) {
      return (n || new Ce()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsMap(t, n) {
      return (t.setPosition(t.position() + W), (n || new Ce()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    keysSorted() {
      const t = this.bb.__offset(this.bb_pos, 4);
      return t ? !!this.bb.readInt8(this.bb_pos + t) : !1;
    }
    static startMap(t) {
      t.startObject(1);
    }
    static addKeysSorted(t, n) {
      t.addFieldInt8(0, +n, 0);
    }
    static endMap(t) {
      return t.endObject();
    }
    static createMap(t, n) {
      return (Ce.startMap(t), Ce.addKeysSorted(t, n), Ce.endMap(t));
    }
  },
  ps = class _n {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsNull(t, n) {
      return (n || new _n()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsNull(t, n) {
      return (t.setPosition(t.position() + W), (n || new _n()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    static startNull(t) {
      t.startObject(0);
    }
    static endNull(t) {
      return t.endObject();
    }
    static createNull(t) {
      return (_n.startNull(t), _n.endNull(t));
    }
  };
class be {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  static getRootAsStruct_(t, n) {
    return (n || new be()).__init(t.readInt32(t.position()) + t.position(), t);
  }
  static getSizePrefixedRootAsStruct_(t, n) {
    return (t.setPosition(t.position() + W), (n || new be()).__init(t.readInt32(t.position()) + t.position(), t));
  }
  static startStruct_(t) {
    t.startObject(0);
  }
  static endStruct_(t) {
    return t.endObject();
  }
  static createStruct_(t) {
    return (be.startStruct_(t), be.endStruct_(t));
  }
}
class Bt {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  static getRootAsTime(t, n) {
    return (n || new Bt()).__init(t.readInt32(t.position()) + t.position(), t);
  }
  static getSizePrefixedRootAsTime(t, n) {
    return (t.setPosition(t.position() + W), (n || new Bt()).__init(t.readInt32(t.position()) + t.position(), t));
  }
  unit() {
    const t = this.bb.__offset(this.bb_pos, 4);
    return t ? this.bb.readInt16(this.bb_pos + t) : O.MILLISECOND;
  }
  bitWidth() {
    const t = this.bb.__offset(this.bb_pos, 6);
    return t ? this.bb.readInt32(this.bb_pos + t) : 32;
  }
  static startTime(t) {
    t.startObject(2);
  }
  static addUnit(t, n) {
    t.addFieldInt16(0, n, O.MILLISECOND);
  }
  static addBitWidth(t, n) {
    t.addFieldInt32(1, n, 32);
  }
  static endTime(t) {
    return t.endObject();
  }
  static createTime(t, n, i) {
    return (Bt.startTime(t), Bt.addUnit(t, n), Bt.addBitWidth(t, i), Bt.endTime(t));
  }
}
class Ot {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  static getRootAsTimestamp(t, n) {
    return (n || new Ot()).__init(t.readInt32(t.position()) + t.position(), t);
  }
  static getSizePrefixedRootAsTimestamp(t, n) {
    return (t.setPosition(t.position() + W), (n || new Ot()).__init(t.readInt32(t.position()) + t.position(), t));
  }
  unit() {
    const t = this.bb.__offset(this.bb_pos, 4);
    return t ? this.bb.readInt16(this.bb_pos + t) : O.SECOND;
  }
  timezone(t) {
    const n = this.bb.__offset(this.bb_pos, 6);
    return n ? this.bb.__string(this.bb_pos + n, t) : null;
  }
  static startTimestamp(t) {
    t.startObject(2);
  }
  static addUnit(t, n) {
    t.addFieldInt16(0, n, O.SECOND);
  }
  static addTimezone(t, n) {
    t.addFieldOffset(1, n, 0);
  }
  static endTimestamp(t) {
    return t.endObject();
  }
  static createTimestamp(t, n, i) {
    return (Ot.startTimestamp(t), Ot.addUnit(t, n), Ot.addTimezone(t, i), Ot.endTimestamp(t));
  }
}
class yt {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  static getRootAsUnion(t, n) {
    return (n || new yt()).__init(t.readInt32(t.position()) + t.position(), t);
  }
  static getSizePrefixedRootAsUnion(t, n) {
    return (t.setPosition(t.position() + W), (n || new yt()).__init(t.readInt32(t.position()) + t.position(), t));
  }
  mode() {
    const t = this.bb.__offset(this.bb_pos, 4);
    return t ? this.bb.readInt16(this.bb_pos + t) : ct.Sparse;
  }
  typeIds(t) {
    const n = this.bb.__offset(this.bb_pos, 6);
    return n ? this.bb.readInt32(this.bb.__vector(this.bb_pos + n) + t * 4) : 0;
  }
  typeIdsLength() {
    const t = this.bb.__offset(this.bb_pos, 6);
    return t ? this.bb.__vector_len(this.bb_pos + t) : 0;
  }
  typeIdsArray() {
    const t = this.bb.__offset(this.bb_pos, 6);
    return t
      ? new Int32Array(
          this.bb.bytes().buffer,
          this.bb.bytes().byteOffset + this.bb.__vector(this.bb_pos + t),
          this.bb.__vector_len(this.bb_pos + t),
        )
      : null;
  }
  static startUnion(t) {
    t.startObject(2);
  }
  static addMode(t, n) {
    t.addFieldInt16(0, n, ct.Sparse);
  }
  static addTypeIds(t, n) {
    t.addFieldOffset(1, n, 0);
  }
  static createTypeIdsVector(t, n) {
    t.startVector(4, n.length, 4);
    for (let i = n.length - 1; i >= 0; i--) t.addInt32(n[i]);
    return t.endVector();
  }
  static startTypeIdsVector(t, n) {
    t.startVector(4, n, 4);
  }
  static endUnion(t) {
    return t.endObject();
  }
  static createUnion(t, n, i) {
    return (yt.startUnion(t), yt.addMode(t, n), yt.addTypeIds(t, i), yt.endUnion(t));
  }
}
const _s = class mn {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  static getRootAsUtf8(t, n) {
    return (n || new mn()).__init(t.readInt32(t.position()) + t.position(), t);
  }
  static getSizePrefixedRootAsUtf8(t, n) {
    return (t.setPosition(t.position() + W), (n || new mn()).__init(t.readInt32(t.position()) + t.position(), t));
  }
  static startUtf8(t) {
    t.startObject(0);
  }
  static endUtf8(t) {
    return t.endObject();
  }
  static createUtf8(t) {
    return (mn.startUtf8(t), mn.endUtf8(t));
  }
};
var K;
((e) => {
  (e[(e.NONE = 0)] = 'NONE'),
    (e[(e.Null = 1)] = 'Null'),
    (e[(e.Int = 2)] = 'Int'),
    (e[(e.FloatingPoint = 3)] = 'FloatingPoint'),
    (e[(e.Binary = 4)] = 'Binary'),
    (e[(e.Utf8 = 5)] = 'Utf8'),
    (e[(e.Bool = 6)] = 'Bool'),
    (e[(e.Decimal = 7)] = 'Decimal'),
    (e[(e.Date = 8)] = 'Date'),
    (e[(e.Time = 9)] = 'Time'),
    (e[(e.Timestamp = 10)] = 'Timestamp'),
    (e[(e.Interval = 11)] = 'Interval'),
    (e[(e.List = 12)] = 'List'),
    (e[(e.Struct_ = 13)] = 'Struct_'),
    (e[(e.Union = 14)] = 'Union'),
    (e[(e.FixedSizeBinary = 15)] = 'FixedSizeBinary'),
    (e[(e.FixedSizeList = 16)] = 'FixedSizeList'),
    (e[(e.Map = 17)] = 'Map'),
    (e[(e.Duration = 18)] = 'Duration'),
    (e[(e.LargeBinary = 19)] = 'LargeBinary'),
    (e[(e.LargeUtf8 = 20)] = 'LargeUtf8'),
    (e[(e.LargeList = 21)] = 'LargeList'),
    (e[(e.RunEndEncoded = 22)] = 'RunEndEncoded');
})(K || (K = {}));
const At = class Xn {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsField(t, n) {
      return (n || new Xn()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsField(t, n) {
      return (t.setPosition(t.position() + W), (n || new Xn()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    name(t) {
      const n = this.bb.__offset(this.bb_pos, 4);
      return n ? this.bb.__string(this.bb_pos + n, t) : null;
    }
    nullable() {
      const t = this.bb.__offset(this.bb_pos, 6);
      return t ? !!this.bb.readInt8(this.bb_pos + t) : !1;
    }
    typeType() {
      const t = this.bb.__offset(this.bb_pos, 8);
      return t ? this.bb.readUint8(this.bb_pos + t) : K.NONE;
    }
    type(t) {
      const n = this.bb.__offset(this.bb_pos, 10);
      return n ? this.bb.__union(t, this.bb_pos + n) : null;
    }
    dictionary(t) {
      const n = this.bb.__offset(this.bb_pos, 12);
      return n ? (t || new Xt()).__init(this.bb.__indirect(this.bb_pos + n), this.bb) : null;
    }
    children(t, n) {
      const i = this.bb.__offset(this.bb_pos, 14);
      return i ? (n || new Xn()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + i) + t * 4), this.bb) : null;
    }
    childrenLength() {
      const t = this.bb.__offset(this.bb_pos, 14);
      return t ? this.bb.__vector_len(this.bb_pos + t) : 0;
    }
    customMetadata(t, n) {
      const i = this.bb.__offset(this.bb_pos, 16);
      return i ? (n || new it()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + i) + t * 4), this.bb) : null;
    }
    customMetadataLength() {
      const t = this.bb.__offset(this.bb_pos, 16);
      return t ? this.bb.__vector_len(this.bb_pos + t) : 0;
    }
    static startField(t) {
      t.startObject(7);
    }
    static addName(t, n) {
      t.addFieldOffset(0, n, 0);
    }
    static addNullable(t, n) {
      t.addFieldInt8(1, +n, 0);
    }
    static addTypeType(t, n) {
      t.addFieldInt8(2, n, K.NONE);
    }
    static addType(t, n) {
      t.addFieldOffset(3, n, 0);
    }
    static addDictionary(t, n) {
      t.addFieldOffset(4, n, 0);
    }
    static addChildren(t, n) {
      t.addFieldOffset(5, n, 0);
    }
    static createChildrenVector(t, n) {
      t.startVector(4, n.length, 4);
      for (let i = n.length - 1; i >= 0; i--) t.addOffset(n[i]);
      return t.endVector();
    }
    static startChildrenVector(t, n) {
      t.startVector(4, n, 4);
    }
    static addCustomMetadata(t, n) {
      t.addFieldOffset(6, n, 0);
    }
    static createCustomMetadataVector(t, n) {
      t.startVector(4, n.length, 4);
      for (let i = n.length - 1; i >= 0; i--) t.addOffset(n[i]);
      return t.endVector();
    }
    static startCustomMetadataVector(t, n) {
      t.startVector(4, n, 4);
    }
    static endField(t) {
      return t.endObject();
    }
  },
  xt = class Ht {
    constructor() {
      (this.bb = null), (this.bb_pos = 0);
    }
    __init(t, n) {
      return ((this.bb_pos = t), (this.bb = n), this);
    }
    static getRootAsSchema(t, n) {
      return (n || new Ht()).__init(t.readInt32(t.position()) + t.position(), t);
    }
    static getSizePrefixedRootAsSchema(t, n) {
      return (t.setPosition(t.position() + W), (n || new Ht()).__init(t.readInt32(t.position()) + t.position(), t));
    }
    endianness() {
      const t = this.bb.__offset(this.bb_pos, 4);
      return t ? this.bb.readInt16(this.bb_pos + t) : Ke.Little;
    }
    fields(t, n) {
      const i = this.bb.__offset(this.bb_pos, 6);
      return i ? (n || new At()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + i) + t * 4), this.bb) : null;
    }
    fieldsLength() {
      const t = this.bb.__offset(this.bb_pos, 6);
      return t ? this.bb.__vector_len(this.bb_pos + t) : 0;
    }
    customMetadata(t, n) {
      const i = this.bb.__offset(this.bb_pos, 8);
      return i ? (n || new it()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + i) + t * 4), this.bb) : null;
    }
    customMetadataLength() {
      const t = this.bb.__offset(this.bb_pos, 8);
      return t ? this.bb.__vector_len(this.bb_pos + t) : 0;
    }
    features(t) {
      const n = this.bb.__offset(this.bb_pos, 10);
      return n ? this.bb.readInt64(this.bb.__vector(this.bb_pos + n) + t * 8) : BigInt(0);
    }
    featuresLength() {
      const t = this.bb.__offset(this.bb_pos, 10);
      return t ? this.bb.__vector_len(this.bb_pos + t) : 0;
    }
    static startSchema(t) {
      t.startObject(4);
    }
    static addEndianness(t, n) {
      t.addFieldInt16(0, n, Ke.Little);
    }
    static addFields(t, n) {
      t.addFieldOffset(1, n, 0);
    }
    static createFieldsVector(t, n) {
      t.startVector(4, n.length, 4);
      for (let i = n.length - 1; i >= 0; i--) t.addOffset(n[i]);
      return t.endVector();
    }
    static startFieldsVector(t, n) {
      t.startVector(4, n, 4);
    }
    static addCustomMetadata(t, n) {
      t.addFieldOffset(2, n, 0);
    }
    static createCustomMetadataVector(t, n) {
      t.startVector(4, n.length, 4);
      for (let i = n.length - 1; i >= 0; i--) t.addOffset(n[i]);
      return t.endVector();
    }
    static startCustomMetadataVector(t, n) {
      t.startVector(4, n, 4);
    }
    static addFeatures(t, n) {
      t.addFieldOffset(3, n, 0);
    }
    static createFeaturesVector(t, n) {
      t.startVector(8, n.length, 8);
      for (let i = n.length - 1; i >= 0; i--) t.addInt64(n[i]);
      return t.endVector();
    }
    static startFeaturesVector(t, n) {
      t.startVector(8, n, 8);
    }
    static endSchema(t) {
      return t.endObject();
    }
    static finishSchemaBuffer(t, n) {
      t.finish(n);
    }
    static finishSizePrefixedSchemaBuffer(t, n) {
      t.finish(n, void 0, !0);
    }
    static createSchema(t, n, i, r, s) {
      return (
        Ht.startSchema(t),
        Ht.addEndianness(t, n),
        Ht.addFields(t, i),
        Ht.addCustomMetadata(t, r),
        Ht.addFeatures(t, s),
        Ht.endSchema(t)
      );
    }
  };
var j;
((e) => {
  (e[(e.NONE = 0)] = 'NONE'),
    (e[(e.Schema = 1)] = 'Schema'),
    (e[(e.DictionaryBatch = 2)] = 'DictionaryBatch'),
    (e[(e.RecordBatch = 3)] = 'RecordBatch'),
    (e[(e.Tensor = 4)] = 'Tensor'),
    (e[(e.SparseTensor = 5)] = 'SparseTensor');
})(j || (j = {}));
var d;
((e) => {
  (e[(e.NONE = 0)] = 'NONE'),
    (e[(e.Null = 1)] = 'Null'),
    (e[(e.Int = 2)] = 'Int'),
    (e[(e.Float = 3)] = 'Float'),
    (e[(e.Binary = 4)] = 'Binary'),
    (e[(e.Utf8 = 5)] = 'Utf8'),
    (e[(e.Bool = 6)] = 'Bool'),
    (e[(e.Decimal = 7)] = 'Decimal'),
    (e[(e.Date = 8)] = 'Date'),
    (e[(e.Time = 9)] = 'Time'),
    (e[(e.Timestamp = 10)] = 'Timestamp'),
    (e[(e.Interval = 11)] = 'Interval'),
    (e[(e.List = 12)] = 'List'),
    (e[(e.Struct = 13)] = 'Struct'),
    (e[(e.Union = 14)] = 'Union'),
    (e[(e.FixedSizeBinary = 15)] = 'FixedSizeBinary'),
    (e[(e.FixedSizeList = 16)] = 'FixedSizeList'),
    (e[(e.Map = 17)] = 'Map'),
    (e[(e.Duration = 18)] = 'Duration'),
    (e[(e.LargeBinary = 19)] = 'LargeBinary'),
    (e[(e.LargeUtf8 = 20)] = 'LargeUtf8'),
    (e[(e.Dictionary = -1)] = 'Dictionary'),
    (e[(e.Int8 = -2)] = 'Int8'),
    (e[(e.Int16 = -3)] = 'Int16'),
    (e[(e.Int32 = -4)] = 'Int32'),
    (e[(e.Int64 = -5)] = 'Int64'),
    (e[(e.Uint8 = -6)] = 'Uint8'),
    (e[(e.Uint16 = -7)] = 'Uint16'),
    (e[(e.Uint32 = -8)] = 'Uint32'),
    (e[(e.Uint64 = -9)] = 'Uint64'),
    (e[(e.Float16 = -10)] = 'Float16'),
    (e[(e.Float32 = -11)] = 'Float32'),
    (e[(e.Float64 = -12)] = 'Float64'),
    (e[(e.DateDay = -13)] = 'DateDay'),
    (e[(e.DateMillisecond = -14)] = 'DateMillisecond'),
    (e[(e.TimestampSecond = -15)] = 'TimestampSecond'),
    (e[(e.TimestampMillisecond = -16)] = 'TimestampMillisecond'),
    (e[(e.TimestampMicrosecond = -17)] = 'TimestampMicrosecond'),
    (e[(e.TimestampNanosecond = -18)] = 'TimestampNanosecond'),
    (e[(e.TimeSecond = -19)] = 'TimeSecond'),
    (e[(e.TimeMillisecond = -20)] = 'TimeMillisecond'),
    (e[(e.TimeMicrosecond = -21)] = 'TimeMicrosecond'),
    (e[(e.TimeNanosecond = -22)] = 'TimeNanosecond'),
    (e[(e.DenseUnion = -23)] = 'DenseUnion'),
    (e[(e.SparseUnion = -24)] = 'SparseUnion'),
    (e[(e.IntervalDayTime = -25)] = 'IntervalDayTime'),
    (e[(e.IntervalYearMonth = -26)] = 'IntervalYearMonth'),
    (e[(e.DurationSecond = -27)] = 'DurationSecond'),
    (e[(e.DurationMillisecond = -28)] = 'DurationMillisecond'),
    (e[(e.DurationMicrosecond = -29)] = 'DurationMicrosecond'),
    (e[(e.DurationNanosecond = -30)] = 'DurationNanosecond');
})(d || (d = {}));
var Kt;
((e) => {
  (e[(e.OFFSET = 0)] = 'OFFSET'),
    (e[(e.DATA = 1)] = 'DATA'),
    (e[(e.VALIDITY = 2)] = 'VALIDITY'),
    (e[(e.TYPE = 3)] = 'TYPE');
})(Kt || (Kt = {}));
const ul = void 0;
function Sn(e) {
  if (e === null) return 'null';
  if (e === ul) return 'undefined';
  switch (typeof e) {
    case 'number':
      return `${e}`;
    case 'bigint':
      return `${e}`;
    case 'string':
      return `"${e}"`;
  }
  return typeof e[Symbol.toPrimitive] == 'function'
    ? e[Symbol.toPrimitive]('string')
    : ArrayBuffer.isView(e)
      ? e instanceof BigInt64Array || e instanceof BigUint64Array
        ? `[${[...e].map((t) => Sn(t))}]`
        : `[${e}]`
      : ArrayBuffer.isView(e)
        ? `[${e}]`
        : JSON.stringify(e, (t, n) => (typeof n == 'bigint' ? `${n}` : n));
}
function H(e) {
  if (typeof e == 'bigint' && (e < Number.MIN_SAFE_INTEGER || e > Number.MAX_SAFE_INTEGER))
    throw new TypeError(`${e} is not safe to convert to a number.`);
  return Number(e);
}
function bo(e, t) {
  return H(e / t) + H(e % t) / H(t);
}
const fl = Symbol.for('isArrowBigNum');
function Ut(e, ...t) {
  return t.length === 0
    ? Object.setPrototypeOf(G(this.TypedArray, e), this.constructor.prototype)
    : Object.setPrototypeOf(new this.TypedArray(e, ...t), this.constructor.prototype);
}
Ut.prototype[fl] = !0;
Ut.prototype.toJSON = function () {
  return `"${En(this)}"`;
};
Ut.prototype.valueOf = function (e) {
  return wo(this, e);
};
Ut.prototype.toString = function () {
  return En(this);
};
Ut.prototype[Symbol.toPrimitive] = function (e = 'default') {
  switch (e) {
    case 'number':
      return wo(this);
    case 'string':
      return En(this);
    case 'default':
      return yl(this);
  }
  return En(this);
};
function We(...e) {
  return Ut.apply(this, e);
}
function qe(...e) {
  return Ut.apply(this, e);
}
function An(...e) {
  return Ut.apply(this, e);
}
Object.setPrototypeOf(We.prototype, Object.create(Int32Array.prototype));
Object.setPrototypeOf(qe.prototype, Object.create(Uint32Array.prototype));
Object.setPrototypeOf(An.prototype, Object.create(Uint32Array.prototype));
Object.assign(We.prototype, Ut.prototype, {
  constructor: We,
  signed: !0,
  TypedArray: Int32Array,
  BigIntArray: BigInt64Array,
});
Object.assign(qe.prototype, Ut.prototype, {
  constructor: qe,
  signed: !1,
  TypedArray: Uint32Array,
  BigIntArray: BigUint64Array,
});
Object.assign(An.prototype, Ut.prototype, {
  constructor: An,
  signed: !0,
  TypedArray: Uint32Array,
  BigIntArray: BigUint64Array,
});
const dl = BigInt(4294967296) * BigInt(4294967296),
  hl = dl - BigInt(1);
function wo(e, t) {
  const { buffer: n, byteOffset: i, byteLength: r, signed: s } = e,
    o = new BigUint64Array(n, i, r / 8),
    a = s && o.at(-1) & (BigInt(1) << BigInt(63));
  let c = BigInt(0),
    l = 0;
  if (a) {
    for (const f of o) c |= (f ^ hl) * (BigInt(1) << BigInt(64 * l++));
    (c *= BigInt(-1)), (c -= BigInt(1));
  } else for (const f of o) c |= f * (BigInt(1) << BigInt(64 * l++));
  if (typeof t == 'number') {
    const f = BigInt(10 ** t),
      u = c / f,
      h = c % f;
    return H(u) + H(h) / H(f);
  }
  return H(c);
}
function En(e) {
  if (e.byteLength === 8) return `${new e.BigIntArray(e.buffer, e.byteOffset, 1)[0]}`;
  if (!e.signed) return Yi(e);
  let t = new Uint16Array(e.buffer, e.byteOffset, e.byteLength / 2);
  if (new Int16Array([t.at(-1)])[0] >= 0) return Yi(e);
  t = t.slice();
  let i = 1;
  for (let s = 0; s < t.length; s++) {
    const o = t[s],
      a = ~o + i;
    (t[s] = a), (i &= o === 0 ? 1 : 0);
  }
  return `-${Yi(t)}`;
}
function yl(e) {
  return e.byteLength === 8 ? new e.BigIntArray(e.buffer, e.byteOffset, 1)[0] : En(e);
}
function Yi(e) {
  let t = '';
  const n = new Uint32Array(2);
  let i = new Uint16Array(e.buffer, e.byteOffset, e.byteLength / 2);
  const r = new Uint32Array((i = new Uint16Array(i).reverse()).buffer);
  let s = -1;
  const o = i.length - 1;
  do {
    for (n[0] = i[(s = 0)]; s < o; ) (i[s++] = n[1] = n[0] / 10), (n[0] = ((n[0] - n[1] * 10) << 16) + i[s]);
    (i[s] = n[1] = n[0] / 10), (n[0] = n[0] - n[1] * 10), (t = `${n[0]}${t}`);
  } while (r[0] || r[1] || r[2] || r[3]);
  return t ?? '0';
}
class Tr {
  static new(t, n) {
    switch (n) {
      case !0:
        return new We(t);
      case !1:
        return new qe(t);
    }
    switch (t.constructor) {
      case Int8Array:
      case Int16Array:
      case Int32Array:
      case BigInt64Array:
        return new We(t);
    }
    return t.byteLength === 16 ? new An(t) : new qe(t);
  }
  static signed(t) {
    return new We(t);
  }
  static unsigned(t) {
    return new qe(t);
  }
  static decimal(t) {
    return new An(t);
  }
  constructor(t, n) {
    return Tr.new(t, n);
  }
}
var Io, vo, So, Ao, Eo, Bo, Oo, To, Do, No, Ro, Fo, Lo, Uo, Mo, Po, xo, Co, ko, Vo, jo, zo;
class I {
  static isNull(t) {
    return (t == null ? void 0 : t.typeId) === d.Null;
  }
  static isInt(t) {
    return (t == null ? void 0 : t.typeId) === d.Int;
  }
  static isFloat(t) {
    return (t == null ? void 0 : t.typeId) === d.Float;
  }
  static isBinary(t) {
    return (t == null ? void 0 : t.typeId) === d.Binary;
  }
  static isLargeBinary(t) {
    return (t == null ? void 0 : t.typeId) === d.LargeBinary;
  }
  static isUtf8(t) {
    return (t == null ? void 0 : t.typeId) === d.Utf8;
  }
  static isLargeUtf8(t) {
    return (t == null ? void 0 : t.typeId) === d.LargeUtf8;
  }
  static isBool(t) {
    return (t == null ? void 0 : t.typeId) === d.Bool;
  }
  static isDecimal(t) {
    return (t == null ? void 0 : t.typeId) === d.Decimal;
  }
  static isDate(t) {
    return (t == null ? void 0 : t.typeId) === d.Date;
  }
  static isTime(t) {
    return (t == null ? void 0 : t.typeId) === d.Time;
  }
  static isTimestamp(t) {
    return (t == null ? void 0 : t.typeId) === d.Timestamp;
  }
  static isInterval(t) {
    return (t == null ? void 0 : t.typeId) === d.Interval;
  }
  static isDuration(t) {
    return (t == null ? void 0 : t.typeId) === d.Duration;
  }
  static isList(t) {
    return (t == null ? void 0 : t.typeId) === d.List;
  }
  static isStruct(t) {
    return (t == null ? void 0 : t.typeId) === d.Struct;
  }
  static isUnion(t) {
    return (t == null ? void 0 : t.typeId) === d.Union;
  }
  static isFixedSizeBinary(t) {
    return (t == null ? void 0 : t.typeId) === d.FixedSizeBinary;
  }
  static isFixedSizeList(t) {
    return (t == null ? void 0 : t.typeId) === d.FixedSizeList;
  }
  static isMap(t) {
    return (t == null ? void 0 : t.typeId) === d.Map;
  }
  static isDictionary(t) {
    return (t == null ? void 0 : t.typeId) === d.Dictionary;
  }
  static isDenseUnion(t) {
    return I.isUnion(t) && t.mode === ct.Dense;
  }
  static isSparseUnion(t) {
    return I.isUnion(t) && t.mode === ct.Sparse;
  }
  constructor(t) {
    this.typeId = t;
  }
}
Io = Symbol.toStringTag;
I[Io] = ((e) => (
  (e.children = null), (e.ArrayType = Array), (e.OffsetArrayType = Int32Array), (e[Symbol.toStringTag] = 'DataType')
))(I.prototype);
class le extends I {
  constructor() {
    super(d.Null);
  }
  toString() {
    return 'Null';
  }
}
vo = Symbol.toStringTag;
le[vo] = ((e) => (e[Symbol.toStringTag] = 'Null'))(le.prototype);
class mt extends I {
  constructor(t, n) {
    super(d.Int), (this.isSigned = t), (this.bitWidth = n);
  }
  get ArrayType() {
    switch (this.bitWidth) {
      case 8:
        return this.isSigned ? Int8Array : Uint8Array;
      case 16:
        return this.isSigned ? Int16Array : Uint16Array;
      case 32:
        return this.isSigned ? Int32Array : Uint32Array;
      case 64:
        return this.isSigned ? BigInt64Array : BigUint64Array;
    }
    throw new Error(`Unrecognized ${this[Symbol.toStringTag]} type`);
  }
  toString() {
    return `${this.isSigned ? 'I' : 'Ui'}nt${this.bitWidth}`;
  }
}
So = Symbol.toStringTag;
mt[So] = ((e) => ((e.isSigned = null), (e.bitWidth = null), (e[Symbol.toStringTag] = 'Int')))(mt.prototype);
class $o extends mt {
  constructor() {
    super(!0, 8);
  }
  get ArrayType() {
    return Int8Array;
  }
}
class Yo extends mt {
  constructor() {
    super(!0, 16);
  }
  get ArrayType() {
    return Int16Array;
  }
}
class Ae extends mt {
  constructor() {
    super(!0, 32);
  }
  get ArrayType() {
    return Int32Array;
  }
}
const Wo = class extends mt {
  constructor() {
    super(!0, 64);
  }
  get ArrayType() {
    return BigInt64Array;
  }
};
class qo extends mt {
  constructor() {
    super(!1, 8);
  }
  get ArrayType() {
    return Uint8Array;
  }
}
class Go extends mt {
  constructor() {
    super(!1, 16);
  }
  get ArrayType() {
    return Uint16Array;
  }
}
class Ho extends mt {
  constructor() {
    super(!1, 32);
  }
  get ArrayType() {
    return Uint32Array;
  }
}
const Qo = class extends mt {
  constructor() {
    super(!1, 64);
  }
  get ArrayType() {
    return BigUint64Array;
  }
};
Object.defineProperty($o.prototype, 'ArrayType', { value: Int8Array });
Object.defineProperty(Yo.prototype, 'ArrayType', { value: Int16Array });
Object.defineProperty(Ae.prototype, 'ArrayType', { value: Int32Array });
Object.defineProperty(Wo.prototype, 'ArrayType', { value: BigInt64Array });
Object.defineProperty(qo.prototype, 'ArrayType', { value: Uint8Array });
Object.defineProperty(Go.prototype, 'ArrayType', { value: Uint16Array });
Object.defineProperty(Ho.prototype, 'ArrayType', { value: Uint32Array });
Object.defineProperty(Qo.prototype, 'ArrayType', { value: BigUint64Array });
class Je extends I {
  constructor(t) {
    super(d.Float), (this.precision = t);
  }
  get ArrayType() {
    switch (this.precision) {
      case st.HALF:
        return Uint16Array;
      case st.SINGLE:
        return Float32Array;
      case st.DOUBLE:
        return Float64Array;
    }
    throw new Error(`Unrecognized ${this[Symbol.toStringTag]} type`);
  }
  toString() {
    return `Float${this.precision << 5 || 16}`;
  }
}
Ao = Symbol.toStringTag;
Je[Ao] = ((e) => ((e.precision = null), (e[Symbol.toStringTag] = 'Float')))(Je.prototype);
class Ko extends Je {
  constructor() {
    super(st.SINGLE);
  }
}
class Mi extends Je {
  constructor() {
    super(st.DOUBLE);
  }
}
Object.defineProperty(Ko.prototype, 'ArrayType', { value: Float32Array });
Object.defineProperty(Mi.prototype, 'ArrayType', { value: Float64Array });
class li extends I {
  constructor() {
    super(d.Binary);
  }
  toString() {
    return 'Binary';
  }
}
Eo = Symbol.toStringTag;
li[Eo] = ((e) => ((e.ArrayType = Uint8Array), (e[Symbol.toStringTag] = 'Binary')))(li.prototype);
class ui extends I {
  constructor() {
    super(d.LargeBinary);
  }
  toString() {
    return 'LargeBinary';
  }
}
Bo = Symbol.toStringTag;
ui[Bo] = ((e) => (
  (e.ArrayType = Uint8Array), (e.OffsetArrayType = BigInt64Array), (e[Symbol.toStringTag] = 'LargeBinary')
))(ui.prototype);
class Ze extends I {
  constructor() {
    super(d.Utf8);
  }
  toString() {
    return 'Utf8';
  }
}
Oo = Symbol.toStringTag;
Ze[Oo] = ((e) => ((e.ArrayType = Uint8Array), (e[Symbol.toStringTag] = 'Utf8')))(Ze.prototype);
class fi extends I {
  constructor() {
    super(d.LargeUtf8);
  }
  toString() {
    return 'LargeUtf8';
  }
}
To = Symbol.toStringTag;
fi[To] = ((e) => (
  (e.ArrayType = Uint8Array), (e.OffsetArrayType = BigInt64Array), (e[Symbol.toStringTag] = 'LargeUtf8')
))(fi.prototype);
class Xe extends I {
  constructor() {
    super(d.Bool);
  }
  toString() {
    return 'Bool';
  }
}
Do = Symbol.toStringTag;
Xe[Do] = ((e) => ((e.ArrayType = Uint8Array), (e[Symbol.toStringTag] = 'Bool')))(Xe.prototype);
class di extends I {
  constructor(t, n, i = 128) {
    super(d.Decimal), (this.scale = t), (this.precision = n), (this.bitWidth = i);
  }
  toString() {
    return `Decimal[${this.precision}e${this.scale > 0 ? '+' : ''}${this.scale}]`;
  }
}
No = Symbol.toStringTag;
di[No] = ((e) => (
  (e.scale = null), (e.precision = null), (e.ArrayType = Uint32Array), (e[Symbol.toStringTag] = 'Decimal')
))(di.prototype);
class Bn extends I {
  constructor(t) {
    super(d.Date), (this.unit = t);
  }
  toString() {
    return `Date${(this.unit + 1) * 32}<${vt[this.unit]}>`;
  }
  get ArrayType() {
    return this.unit === vt.DAY ? Int32Array : BigInt64Array;
  }
}
Ro = Symbol.toStringTag;
Bn[Ro] = ((e) => ((e.unit = null), (e[Symbol.toStringTag] = 'Date')))(Bn.prototype);
class Jo extends Bn {
  constructor() {
    super(vt.DAY);
  }
}
class hi extends I {
  constructor(t, n) {
    super(d.Time), (this.unit = t), (this.bitWidth = n);
  }
  toString() {
    return `Time${this.bitWidth}<${O[this.unit]}>`;
  }
  get ArrayType() {
    switch (this.bitWidth) {
      case 32:
        return Int32Array;
      case 64:
        return BigInt64Array;
    }
    throw new Error(`Unrecognized ${this[Symbol.toStringTag]} type`);
  }
}
Fo = Symbol.toStringTag;
hi[Fo] = ((e) => ((e.unit = null), (e.bitWidth = null), (e[Symbol.toStringTag] = 'Time')))(hi.prototype);
class yi extends I {
  constructor(t, n) {
    super(d.Timestamp), (this.unit = t), (this.timezone = n);
  }
  toString() {
    return `Timestamp<${O[this.unit]}${this.timezone ? `, ${this.timezone}` : ''}>`;
  }
}
Lo = Symbol.toStringTag;
yi[Lo] = ((e) => (
  (e.unit = null), (e.timezone = null), (e.ArrayType = BigInt64Array), (e[Symbol.toStringTag] = 'Timestamp')
))(yi.prototype);
class pi extends I {
  constructor(t) {
    super(d.Interval), (this.unit = t);
  }
  toString() {
    return `Interval<${qt[this.unit]}>`;
  }
}
Uo = Symbol.toStringTag;
pi[Uo] = ((e) => ((e.unit = null), (e.ArrayType = Int32Array), (e[Symbol.toStringTag] = 'Interval')))(pi.prototype);
class _i extends I {
  constructor(t) {
    super(d.Duration), (this.unit = t);
  }
  toString() {
    return `Duration<${O[this.unit]}>`;
  }
}
Mo = Symbol.toStringTag;
_i[Mo] = ((e) => ((e.unit = null), (e.ArrayType = BigInt64Array), (e[Symbol.toStringTag] = 'Duration')))(_i.prototype);
class mi extends I {
  constructor(t) {
    super(d.List), (this.children = [t]);
  }
  toString() {
    return `List<${this.valueType}>`;
  }
  get valueType() {
    return this.children[0].type;
  }
  get valueField() {
    return this.children[0];
  }
  get ArrayType() {
    return this.valueType.ArrayType;
  }
}
Po = Symbol.toStringTag;
mi[Po] = ((e) => ((e.children = null), (e[Symbol.toStringTag] = 'List')))(mi.prototype);
class lt extends I {
  constructor(t) {
    super(d.Struct), (this.children = t);
  }
  toString() {
    return `Struct<{${this.children.map((t) => `${t.name}:${t.type}`).join(', ')}}>`;
  }
}
xo = Symbol.toStringTag;
lt[xo] = ((e) => ((e.children = null), (e[Symbol.toStringTag] = 'Struct')))(lt.prototype);
class gi extends I {
  constructor(t, n, i) {
    super(d.Union),
      (this.mode = t),
      (this.children = i),
      (this.typeIds = n = Int32Array.from(n)),
      (this.typeIdToChildIndex = n.reduce((r, s, o) => ((r[s] = o) && r) || r, Object.create(null)));
  }
  toString() {
    return `${this[Symbol.toStringTag]}<${this.children.map((t) => `${t.type}`).join(' | ')}>`;
  }
}
Co = Symbol.toStringTag;
gi[Co] = ((e) => (
  (e.mode = null),
  (e.typeIds = null),
  (e.children = null),
  (e.typeIdToChildIndex = null),
  (e.ArrayType = Int8Array),
  (e[Symbol.toStringTag] = 'Union')
))(gi.prototype);
class bi extends I {
  constructor(t) {
    super(d.FixedSizeBinary), (this.byteWidth = t);
  }
  toString() {
    return `FixedSizeBinary[${this.byteWidth}]`;
  }
}
ko = Symbol.toStringTag;
bi[ko] = ((e) => ((e.byteWidth = null), (e.ArrayType = Uint8Array), (e[Symbol.toStringTag] = 'FixedSizeBinary')))(
  bi.prototype,
);
class wi extends I {
  constructor(t, n) {
    super(d.FixedSizeList), (this.listSize = t), (this.children = [n]);
  }
  get valueType() {
    return this.children[0].type;
  }
  get valueField() {
    return this.children[0];
  }
  get ArrayType() {
    return this.valueType.ArrayType;
  }
  toString() {
    return `FixedSizeList[${this.listSize}]<${this.valueType}>`;
  }
}
Vo = Symbol.toStringTag;
wi[Vo] = ((e) => ((e.children = null), (e.listSize = null), (e[Symbol.toStringTag] = 'FixedSizeList')))(wi.prototype);
class Ii extends I {
  constructor(t, n = !1) {
    var i, r, s;
    if (
      (super(d.Map),
      (this.children = [t]),
      (this.keysSorted = n),
      t && ((t.name = 'entries'), !((i = t == null ? void 0 : t.type) === null || i === void 0) && i.children))
    ) {
      const o = (r = t == null ? void 0 : t.type) === null || r === void 0 ? void 0 : r.children[0];
      o && (o.name = 'key');
      const a = (s = t == null ? void 0 : t.type) === null || s === void 0 ? void 0 : s.children[1];
      a && (a.name = 'value');
    }
  }
  get keyType() {
    return this.children[0].type.children[0].type;
  }
  get valueType() {
    return this.children[0].type.children[1].type;
  }
  get childType() {
    return this.children[0].type;
  }
  toString() {
    return `Map<{${this.children[0].type.children.map((t) => `${t.name}:${t.type}`).join(', ')}}>`;
  }
}
jo = Symbol.toStringTag;
Ii[jo] = ((e) => ((e.children = null), (e.keysSorted = null), (e[Symbol.toStringTag] = 'Map_')))(Ii.prototype);
const pl = (
  (e) => () =>
    ++e
)(-1);
class tn extends I {
  constructor(t, n, i, r) {
    super(d.Dictionary),
      (this.indices = n),
      (this.dictionary = t),
      (this.isOrdered = r || !1),
      (this.id = i == null ? pl() : H(i));
  }
  get children() {
    return this.dictionary.children;
  }
  get valueType() {
    return this.dictionary;
  }
  get ArrayType() {
    return this.dictionary.ArrayType;
  }
  toString() {
    return `Dictionary<${this.indices}, ${this.dictionary}>`;
  }
}
zo = Symbol.toStringTag;
tn[zo] = ((e) => (
  (e.id = null), (e.indices = null), (e.isOrdered = null), (e.dictionary = null), (e[Symbol.toStringTag] = 'Dictionary')
))(tn.prototype);
function Jt(e) {
  const t = e;
  switch (e.typeId) {
    case d.Decimal:
      return e.bitWidth / 32;
    case d.Interval:
      return 1 + t.unit;
    case d.FixedSizeList:
      return t.listSize;
    case d.FixedSizeBinary:
      return t.byteWidth;
    default:
      return 1;
  }
}
class x {
  visitMany(t, ...n) {
    return t.map((i, r) => this.visit(i, ...n.map((s) => s[r])));
  }
  visit(...t) {
    return this.getVisitFn(t[0], !1).apply(this, t);
  }
  getVisitFn(t, n = !0) {
    return _l(this, t, n);
  }
  getVisitFnByTypeId(t, n = !0) {
    return ke(this, t, n);
  }
  visitNull(t, ...n) {
    return null;
  }
  visitBool(t, ...n) {
    return null;
  }
  visitInt(t, ...n) {
    return null;
  }
  visitFloat(t, ...n) {
    return null;
  }
  visitUtf8(t, ...n) {
    return null;
  }
  visitLargeUtf8(t, ...n) {
    return null;
  }
  visitBinary(t, ...n) {
    return null;
  }
  visitLargeBinary(t, ...n) {
    return null;
  }
  visitFixedSizeBinary(t, ...n) {
    return null;
  }
  visitDate(t, ...n) {
    return null;
  }
  visitTimestamp(t, ...n) {
    return null;
  }
  visitTime(t, ...n) {
    return null;
  }
  visitDecimal(t, ...n) {
    return null;
  }
  visitList(t, ...n) {
    return null;
  }
  visitStruct(t, ...n) {
    return null;
  }
  visitUnion(t, ...n) {
    return null;
  }
  visitDictionary(t, ...n) {
    return null;
  }
  visitInterval(t, ...n) {
    return null;
  }
  visitDuration(t, ...n) {
    return null;
  }
  visitFixedSizeList(t, ...n) {
    return null;
  }
  visitMap(t, ...n) {
    return null;
  }
}
function _l(e, t, n = !0) {
  return typeof t == 'number'
    ? ke(e, t, n)
    : typeof t == 'string' && t in d
      ? ke(e, d[t], n)
      : t && t instanceof I
        ? ke(e, ms(t), n)
        : t != null && t.type && t.type instanceof I
          ? ke(e, ms(t.type), n)
          : ke(e, d.NONE, n);
}
function ke(e, t, n = !0) {
  let i = null;
  switch (t) {
    case d.Null:
      i = e.visitNull;
      break;
    case d.Bool:
      i = e.visitBool;
      break;
    case d.Int:
      i = e.visitInt;
      break;
    case d.Int8:
      i = e.visitInt8 || e.visitInt;
      break;
    case d.Int16:
      i = e.visitInt16 || e.visitInt;
      break;
    case d.Int32:
      i = e.visitInt32 || e.visitInt;
      break;
    case d.Int64:
      i = e.visitInt64 || e.visitInt;
      break;
    case d.Uint8:
      i = e.visitUint8 || e.visitInt;
      break;
    case d.Uint16:
      i = e.visitUint16 || e.visitInt;
      break;
    case d.Uint32:
      i = e.visitUint32 || e.visitInt;
      break;
    case d.Uint64:
      i = e.visitUint64 || e.visitInt;
      break;
    case d.Float:
      i = e.visitFloat;
      break;
    case d.Float16:
      i = e.visitFloat16 || e.visitFloat;
      break;
    case d.Float32:
      i = e.visitFloat32 || e.visitFloat;
      break;
    case d.Float64:
      i = e.visitFloat64 || e.visitFloat;
      break;
    case d.Utf8:
      i = e.visitUtf8;
      break;
    case d.LargeUtf8:
      i = e.visitLargeUtf8;
      break;
    case d.Binary:
      i = e.visitBinary;
      break;
    case d.LargeBinary:
      i = e.visitLargeBinary;
      break;
    case d.FixedSizeBinary:
      i = e.visitFixedSizeBinary;
      break;
    case d.Date:
      i = e.visitDate;
      break;
    case d.DateDay:
      i = e.visitDateDay || e.visitDate;
      break;
    case d.DateMillisecond:
      i = e.visitDateMillisecond || e.visitDate;
      break;
    case d.Timestamp:
      i = e.visitTimestamp;
      break;
    case d.TimestampSecond:
      i = e.visitTimestampSecond || e.visitTimestamp;
      break;
    case d.TimestampMillisecond:
      i = e.visitTimestampMillisecond || e.visitTimestamp;
      break;
    case d.TimestampMicrosecond:
      i = e.visitTimestampMicrosecond || e.visitTimestamp;
      break;
    case d.TimestampNanosecond:
      i = e.visitTimestampNanosecond || e.visitTimestamp;
      break;
    case d.Time:
      i = e.visitTime;
      break;
    case d.TimeSecond:
      i = e.visitTimeSecond || e.visitTime;
      break;
    case d.TimeMillisecond:
      i = e.visitTimeMillisecond || e.visitTime;
      break;
    case d.TimeMicrosecond:
      i = e.visitTimeMicrosecond || e.visitTime;
      break;
    case d.TimeNanosecond:
      i = e.visitTimeNanosecond || e.visitTime;
      break;
    case d.Decimal:
      i = e.visitDecimal;
      break;
    case d.List:
      i = e.visitList;
      break;
    case d.Struct:
      i = e.visitStruct;
      break;
    case d.Union:
      i = e.visitUnion;
      break;
    case d.DenseUnion:
      i = e.visitDenseUnion || e.visitUnion;
      break;
    case d.SparseUnion:
      i = e.visitSparseUnion || e.visitUnion;
      break;
    case d.Dictionary:
      i = e.visitDictionary;
      break;
    case d.Interval:
      i = e.visitInterval;
      break;
    case d.IntervalDayTime:
      i = e.visitIntervalDayTime || e.visitInterval;
      break;
    case d.IntervalYearMonth:
      i = e.visitIntervalYearMonth || e.visitInterval;
      break;
    case d.Duration:
      i = e.visitDuration;
      break;
    case d.DurationSecond:
      i = e.visitDurationSecond || e.visitDuration;
      break;
    case d.DurationMillisecond:
      i = e.visitDurationMillisecond || e.visitDuration;
      break;
    case d.DurationMicrosecond:
      i = e.visitDurationMicrosecond || e.visitDuration;
      break;
    case d.DurationNanosecond:
      i = e.visitDurationNanosecond || e.visitDuration;
      break;
    case d.FixedSizeList:
      i = e.visitFixedSizeList;
      break;
    case d.Map:
      i = e.visitMap;
      break;
  }
  if (typeof i == 'function') return i;
  if (!n) return () => null;
  throw new Error(`Unrecognized type '${d[t]}'`);
}
function ms(e) {
  switch (e.typeId) {
    case d.Null:
      return d.Null;
    case d.Int: {
      const { bitWidth: t, isSigned: n } = e;
      switch (t) {
        case 8:
          return n ? d.Int8 : d.Uint8;
        case 16:
          return n ? d.Int16 : d.Uint16;
        case 32:
          return n ? d.Int32 : d.Uint32;
        case 64:
          return n ? d.Int64 : d.Uint64;
      }
      return d.Int;
    }
    case d.Float:
      switch (e.precision) {
        case st.HALF:
          return d.Float16;
        case st.SINGLE:
          return d.Float32;
        case st.DOUBLE:
          return d.Float64;
      }
      return d.Float;
    case d.Binary:
      return d.Binary;
    case d.LargeBinary:
      return d.LargeBinary;
    case d.Utf8:
      return d.Utf8;
    case d.LargeUtf8:
      return d.LargeUtf8;
    case d.Bool:
      return d.Bool;
    case d.Decimal:
      return d.Decimal;
    case d.Time:
      switch (e.unit) {
        case O.SECOND:
          return d.TimeSecond;
        case O.MILLISECOND:
          return d.TimeMillisecond;
        case O.MICROSECOND:
          return d.TimeMicrosecond;
        case O.NANOSECOND:
          return d.TimeNanosecond;
      }
      return d.Time;
    case d.Timestamp:
      switch (e.unit) {
        case O.SECOND:
          return d.TimestampSecond;
        case O.MILLISECOND:
          return d.TimestampMillisecond;
        case O.MICROSECOND:
          return d.TimestampMicrosecond;
        case O.NANOSECOND:
          return d.TimestampNanosecond;
      }
      return d.Timestamp;
    case d.Date:
      switch (e.unit) {
        case vt.DAY:
          return d.DateDay;
        case vt.MILLISECOND:
          return d.DateMillisecond;
      }
      return d.Date;
    case d.Interval:
      switch (e.unit) {
        case qt.DAY_TIME:
          return d.IntervalDayTime;
        case qt.YEAR_MONTH:
          return d.IntervalYearMonth;
      }
      return d.Interval;
    case d.Duration:
      switch (e.unit) {
        case O.SECOND:
          return d.DurationSecond;
        case O.MILLISECOND:
          return d.DurationMillisecond;
        case O.MICROSECOND:
          return d.DurationMicrosecond;
        case O.NANOSECOND:
          return d.DurationNanosecond;
      }
      return d.Duration;
    case d.Map:
      return d.Map;
    case d.List:
      return d.List;
    case d.Struct:
      return d.Struct;
    case d.Union:
      switch (e.mode) {
        case ct.Dense:
          return d.DenseUnion;
        case ct.Sparse:
          return d.SparseUnion;
      }
      return d.Union;
    case d.FixedSizeBinary:
      return d.FixedSizeBinary;
    case d.FixedSizeList:
      return d.FixedSizeList;
    case d.Dictionary:
      return d.Dictionary;
  }
  throw new Error(`Unrecognized type '${d[e.typeId]}'`);
}
x.prototype.visitInt8 = null;
x.prototype.visitInt16 = null;
x.prototype.visitInt32 = null;
x.prototype.visitInt64 = null;
x.prototype.visitUint8 = null;
x.prototype.visitUint16 = null;
x.prototype.visitUint32 = null;
x.prototype.visitUint64 = null;
x.prototype.visitFloat16 = null;
x.prototype.visitFloat32 = null;
x.prototype.visitFloat64 = null;
x.prototype.visitDateDay = null;
x.prototype.visitDateMillisecond = null;
x.prototype.visitTimestampSecond = null;
x.prototype.visitTimestampMillisecond = null;
x.prototype.visitTimestampMicrosecond = null;
x.prototype.visitTimestampNanosecond = null;
x.prototype.visitTimeSecond = null;
x.prototype.visitTimeMillisecond = null;
x.prototype.visitTimeMicrosecond = null;
x.prototype.visitTimeNanosecond = null;
x.prototype.visitDenseUnion = null;
x.prototype.visitSparseUnion = null;
x.prototype.visitIntervalDayTime = null;
x.prototype.visitIntervalYearMonth = null;
x.prototype.visitDuration = null;
x.prototype.visitDurationSecond = null;
x.prototype.visitDurationMillisecond = null;
x.prototype.visitDurationMicrosecond = null;
x.prototype.visitDurationNanosecond = null;
const Zo = new Float64Array(1),
  Ne = new Uint32Array(Zo.buffer);
function Xo(e) {
  const t = (e & 31744) >> 10,
    n = (e & 1023) / 1024,
    i = (-1) ** ((e & 32768) >> 15);
  switch (t) {
    case 31:
      return i * (n ? Number.NaN : 1 / 0);
    case 0:
      return i * (n ? 6103515625e-14 * n : 0);
  }
  return i * 2 ** (t - 15) * (1 + n);
}
function ml(e) {
  if (e !== e) return 32256;
  Zo[0] = e;
  const t = ((Ne[1] & 2147483648) >> 16) & 65535;
  let n = Ne[1] & 2146435072,
    i = 0;
  return (
    n >= 1089470464
      ? Ne[0] > 0
        ? (n = 31744)
        : ((n = (n & 2080374784) >> 16), (i = (Ne[1] & 1048575) >> 10))
      : n <= 1056964608
        ? ((i = 1048576 + (Ne[1] & 1048575)), (i = (1048576 + (i << ((n >> 20) - 998))) >> 21), (n = 0))
        : ((n = (n - 1056964608) >> 10), (i = ((Ne[1] & 1048575) + 512) >> 10)),
    t | n | (i & 65535)
  );
}
class T extends x {}
function F(e) {
  return (t, n, i) => {
    if (t.setValid(n, i != null)) return e(t, n, i);
  };
}
const gl = (e, t, n) => {
    e[t] = Math.floor(n / 864e5);
  },
  ta = (e, t, n, i) => {
    if (n + 1 < t.length) {
      const r = H(t[n]),
        s = H(t[n + 1]);
      e.set(i.subarray(0, s - r), r);
    }
  },
  bl = ({ offset: e, values: t }, n, i) => {
    const r = e + n;
    i ? (t[r >> 3] |= 1 << (r % 8)) : (t[r >> 3] &= ~(1 << (r % 8)));
  },
  te = ({ values: e }, t, n) => {
    e[t] = n;
  },
  Dr = ({ values: e }, t, n) => {
    e[t] = n;
  },
  ea = ({ values: e }, t, n) => {
    e[t] = ml(n);
  },
  wl = (e, t, n) => {
    switch (e.type.precision) {
      case st.HALF:
        return ea(e, t, n);
      case st.SINGLE:
      case st.DOUBLE:
        return Dr(e, t, n);
    }
  },
  na = ({ values: e }, t, n) => {
    gl(e, t, n.valueOf());
  },
  ia = ({ values: e }, t, n) => {
    e[t] = BigInt(n);
  },
  Il = ({ stride: e, values: t }, n, i) => {
    t.set(i.subarray(0, e), e * n);
  },
  ra = ({ values: e, valueOffsets: t }, n, i) => ta(e, t, n, i),
  sa = ({ values: e, valueOffsets: t }, n, i) => ta(e, t, n, Er(i)),
  vl = (e, t, n) => {
    e.type.unit === vt.DAY ? na(e, t, n) : ia(e, t, n);
  },
  oa = ({ values: e }, t, n) => {
    e[t] = BigInt(n / 1e3);
  },
  aa = ({ values: e }, t, n) => {
    e[t] = BigInt(n);
  },
  ca = ({ values: e }, t, n) => {
    e[t] = BigInt(n * 1e3);
  },
  la = ({ values: e }, t, n) => {
    e[t] = BigInt(n * 1e6);
  },
  Sl = (e, t, n) => {
    switch (e.type.unit) {
      case O.SECOND:
        return oa(e, t, n);
      case O.MILLISECOND:
        return aa(e, t, n);
      case O.MICROSECOND:
        return ca(e, t, n);
      case O.NANOSECOND:
        return la(e, t, n);
    }
  },
  ua = ({ values: e }, t, n) => {
    e[t] = n;
  },
  fa = ({ values: e }, t, n) => {
    e[t] = n;
  },
  da = ({ values: e }, t, n) => {
    e[t] = n;
  },
  ha = ({ values: e }, t, n) => {
    e[t] = n;
  },
  Al = (e, t, n) => {
    switch (e.type.unit) {
      case O.SECOND:
        return ua(e, t, n);
      case O.MILLISECOND:
        return fa(e, t, n);
      case O.MICROSECOND:
        return da(e, t, n);
      case O.NANOSECOND:
        return ha(e, t, n);
    }
  },
  El = ({ values: e, stride: t }, n, i) => {
    e.set(i.subarray(0, t), t * n);
  },
  Bl = (e, t, n) => {
    const i = e.children[0],
      r = e.valueOffsets,
      s = Nt.getVisitFn(i);
    if (Array.isArray(n)) for (let o = -1, a = r[t], c = r[t + 1]; a < c; ) s(i, a++, n[++o]);
    else for (let o = -1, a = r[t], c = r[t + 1]; a < c; ) s(i, a++, n.get(++o));
  },
  Ol = (e, t, n) => {
    const i = e.children[0],
      { valueOffsets: r } = e,
      s = Nt.getVisitFn(i);
    let { [t]: o, [t + 1]: a } = r;
    const c = n instanceof Map ? n.entries() : Object.entries(n);
    for (const l of c) if ((s(i, o, l), ++o >= a)) break;
  },
  Tl = (e, t) => (n, i, r, s) => i && n(i, e, t[s]),
  Dl = (e, t) => (n, i, r, s) => i && n(i, e, t.get(s)),
  Nl = (e, t) => (n, i, r, s) => i && n(i, e, t.get(r.name)),
  Rl = (e, t) => (n, i, r, s) => i && n(i, e, t[r.name]),
  Fl = (e, t, n) => {
    const i = e.type.children.map((s) => Nt.getVisitFn(s.type)),
      r = n instanceof Map ? Nl(t, n) : n instanceof U ? Dl(t, n) : Array.isArray(n) ? Tl(t, n) : Rl(t, n);
    e.type.children.forEach((s, o) => r(i[o], e.children[o], s, o));
  },
  Ll = (e, t, n) => {
    e.type.mode === ct.Dense ? ya(e, t, n) : pa(e, t, n);
  },
  ya = (e, t, n) => {
    const i = e.type.typeIdToChildIndex[e.typeIds[t]],
      r = e.children[i];
    Nt.visit(r, e.valueOffsets[t], n);
  },
  pa = (e, t, n) => {
    const i = e.type.typeIdToChildIndex[e.typeIds[t]],
      r = e.children[i];
    Nt.visit(r, t, n);
  },
  Ul = (e, t, n) => {
    var i;
    (i = e.dictionary) === null || i === void 0 || i.set(e.values[t], n);
  },
  Ml = (e, t, n) => {
    e.type.unit === qt.DAY_TIME ? _a(e, t, n) : ma(e, t, n);
  },
  _a = ({ values: e }, t, n) => {
    e.set(n.subarray(0, 2), 2 * t);
  },
  ma = ({ values: e }, t, n) => {
    e[t] = n[0] * 12 + (n[1] % 12);
  },
  ga = ({ values: e }, t, n) => {
    e[t] = n;
  },
  ba = ({ values: e }, t, n) => {
    e[t] = n;
  },
  wa = ({ values: e }, t, n) => {
    e[t] = n;
  },
  Ia = ({ values: e }, t, n) => {
    e[t] = n;
  },
  Pl = (e, t, n) => {
    switch (e.type.unit) {
      case O.SECOND:
        return ga(e, t, n);
      case O.MILLISECOND:
        return ba(e, t, n);
      case O.MICROSECOND:
        return wa(e, t, n);
      case O.NANOSECOND:
        return Ia(e, t, n);
    }
  },
  xl = (e, t, n) => {
    const { stride: i } = e,
      r = e.children[0],
      s = Nt.getVisitFn(r);
    if (Array.isArray(n)) for (let o = -1, a = t * i; ++o < i; ) s(r, a + o, n[o]);
    else for (let o = -1, a = t * i; ++o < i; ) s(r, a + o, n.get(o));
  };
T.prototype.visitBool = F(bl);
T.prototype.visitInt = F(te);
T.prototype.visitInt8 = F(te);
T.prototype.visitInt16 = F(te);
T.prototype.visitInt32 = F(te);
T.prototype.visitInt64 = F(te);
T.prototype.visitUint8 = F(te);
T.prototype.visitUint16 = F(te);
T.prototype.visitUint32 = F(te);
T.prototype.visitUint64 = F(te);
T.prototype.visitFloat = F(wl);
T.prototype.visitFloat16 = F(ea);
T.prototype.visitFloat32 = F(Dr);
T.prototype.visitFloat64 = F(Dr);
T.prototype.visitUtf8 = F(sa);
T.prototype.visitLargeUtf8 = F(sa);
T.prototype.visitBinary = F(ra);
T.prototype.visitLargeBinary = F(ra);
T.prototype.visitFixedSizeBinary = F(Il);
T.prototype.visitDate = F(vl);
T.prototype.visitDateDay = F(na);
T.prototype.visitDateMillisecond = F(ia);
T.prototype.visitTimestamp = F(Sl);
T.prototype.visitTimestampSecond = F(oa);
T.prototype.visitTimestampMillisecond = F(aa);
T.prototype.visitTimestampMicrosecond = F(ca);
T.prototype.visitTimestampNanosecond = F(la);
T.prototype.visitTime = F(Al);
T.prototype.visitTimeSecond = F(ua);
T.prototype.visitTimeMillisecond = F(fa);
T.prototype.visitTimeMicrosecond = F(da);
T.prototype.visitTimeNanosecond = F(ha);
T.prototype.visitDecimal = F(El);
T.prototype.visitList = F(Bl);
T.prototype.visitStruct = F(Fl);
T.prototype.visitUnion = F(Ll);
T.prototype.visitDenseUnion = F(ya);
T.prototype.visitSparseUnion = F(pa);
T.prototype.visitDictionary = F(Ul);
T.prototype.visitInterval = F(Ml);
T.prototype.visitIntervalDayTime = F(_a);
T.prototype.visitIntervalYearMonth = F(ma);
T.prototype.visitDuration = F(Pl);
T.prototype.visitDurationSecond = F(ga);
T.prototype.visitDurationMillisecond = F(ba);
T.prototype.visitDurationMicrosecond = F(wa);
T.prototype.visitDurationNanosecond = F(Ia);
T.prototype.visitFixedSizeList = F(xl);
T.prototype.visitMap = F(Ol);
const Nt = new T(),
  Rt = Symbol.for('parent'),
  Ge = Symbol.for('rowIndex');
class Nr {
  constructor(t, n) {
    return ((this[Rt] = t), (this[Ge] = n), new Proxy(this, new kl()));
  }
  toArray() {
    return Object.values(this.toJSON());
  }
  toJSON() {
    const t = this[Ge],
      n = this[Rt],
      i = n.type.children,
      r = {};
    for (let s = -1, o = i.length; ++s < o; ) r[i[s].name] = gt.visit(n.children[s], t);
    return r;
  }
  toString() {
    return `{${[...this].map(([t, n]) => `${Sn(t)}: ${Sn(n)}`).join(', ')}}`;
  }
  [Symbol.for('nodejs.util.inspect.custom')]() {
    return this.toString();
  }
  [Symbol.iterator]() {
    return new Cl(this[Rt], this[Ge]);
  }
}
class Cl {
  constructor(t, n) {
    (this.childIndex = 0),
      (this.children = t.children),
      (this.rowIndex = n),
      (this.childFields = t.type.children),
      (this.numChildren = this.childFields.length);
  }
  [Symbol.iterator]() {
    return this;
  }
  next() {
    const t = this.childIndex;
    return t < this.numChildren
      ? ((this.childIndex = t + 1),
        { done: !1, value: [this.childFields[t].name, gt.visit(this.children[t], this.rowIndex)] })
      : { done: !0, value: null };
  }
}
Object.defineProperties(Nr.prototype, {
  [Symbol.toStringTag]: { enumerable: !1, configurable: !1, value: 'Row' },
  [Rt]: { writable: !0, enumerable: !1, configurable: !1, value: null },
  [Ge]: { writable: !0, enumerable: !1, configurable: !1, value: -1 },
});
class kl {
  isExtensible() {
    return !1;
  }
  deleteProperty() {
    return !1;
  }
  preventExtensions() {
    return !0;
  }
  ownKeys(t) {
    return t[Rt].type.children.map((n) => n.name);
  }
  has(t, n) {
    return t[Rt].type.children.findIndex((i) => i.name === n) !== -1;
  }
  getOwnPropertyDescriptor(t, n) {
    if (t[Rt].type.children.findIndex((i) => i.name === n) !== -1)
      return { writable: !0, enumerable: !0, configurable: !0 };
  }
  get(t, n) {
    if (Reflect.has(t, n)) return t[n];
    const i = t[Rt].type.children.findIndex((r) => r.name === n);
    if (i !== -1) {
      const r = gt.visit(t[Rt].children[i], t[Ge]);
      return (Reflect.set(t, n, r), r);
    }
  }
  set(t, n, i) {
    const r = t[Rt].type.children.findIndex((s) => s.name === n);
    return r !== -1
      ? (Nt.visit(t[Rt].children[r], t[Ge], i), Reflect.set(t, n, i))
      : Reflect.has(t, n) || typeof n == 'symbol'
        ? Reflect.set(t, n, i)
        : !1;
  }
}
class S extends x {}
function D(e) {
  return (t, n) => (t.getValid(n) ? e(t, n) : null);
}
const Vl = (e, t) => 864e5 * e[t],
  jl = (e, t) => null,
  va = (e, t, n) => {
    if (n + 1 >= t.length) return null;
    const i = H(t[n]),
      r = H(t[n + 1]);
    return e.subarray(i, r);
  },
  zl = ({ offset: e, values: t }, n) => {
    const i = e + n;
    return (t[i >> 3] & (1 << (i % 8))) !== 0;
  },
  Sa = ({ values: e }, t) => Vl(e, t),
  Aa = ({ values: e }, t) => H(e[t]),
  ye = ({ stride: e, values: t }, n) => t[e * n],
  $l = ({ stride: e, values: t }, n) => Xo(t[e * n]),
  Ea = ({ values: e }, t) => e[t],
  Yl = ({ stride: e, values: t }, n) => t.subarray(e * n, e * (n + 1)),
  Ba = ({ values: e, valueOffsets: t }, n) => va(e, t, n),
  Oa = ({ values: e, valueOffsets: t }, n) => {
    const i = va(e, t, n);
    return i !== null ? er(i) : null;
  },
  Wl = ({ values: e }, t) => e[t],
  ql = ({ type: e, values: t }, n) => (e.precision !== st.HALF ? t[n] : Xo(t[n])),
  Gl = (e, t) => (e.type.unit === vt.DAY ? Sa(e, t) : Aa(e, t)),
  Ta = ({ values: e }, t) => 1e3 * H(e[t]),
  Da = ({ values: e }, t) => H(e[t]),
  Na = ({ values: e }, t) => bo(e[t], BigInt(1e3)),
  Ra = ({ values: e }, t) => bo(e[t], BigInt(1e6)),
  Hl = (e, t) => {
    switch (e.type.unit) {
      case O.SECOND:
        return Ta(e, t);
      case O.MILLISECOND:
        return Da(e, t);
      case O.MICROSECOND:
        return Na(e, t);
      case O.NANOSECOND:
        return Ra(e, t);
    }
  },
  Fa = ({ values: e }, t) => e[t],
  La = ({ values: e }, t) => e[t],
  Ua = ({ values: e }, t) => e[t],
  Ma = ({ values: e }, t) => e[t],
  Ql = (e, t) => {
    switch (e.type.unit) {
      case O.SECOND:
        return Fa(e, t);
      case O.MILLISECOND:
        return La(e, t);
      case O.MICROSECOND:
        return Ua(e, t);
      case O.NANOSECOND:
        return Ma(e, t);
    }
  },
  Kl = ({ values: e, stride: t }, n) => Tr.decimal(e.subarray(t * n, t * (n + 1))),
  Jl = (e, t) => {
    const { valueOffsets: n, stride: i, children: r } = e,
      { [t * i]: s, [t * i + 1]: o } = n,
      c = r[0].slice(s, o - s);
    return new U([c]);
  },
  Zl = (e, t) => {
    const { valueOffsets: n, children: i } = e,
      { [t]: r, [t + 1]: s } = n,
      o = i[0];
    return new Rr(o.slice(r, s - r));
  },
  Xl = (e, t) => new Nr(e, t),
  tu = (e, t) => (e.type.mode === ct.Dense ? Pa(e, t) : xa(e, t)),
  Pa = (e, t) => {
    const n = e.type.typeIdToChildIndex[e.typeIds[t]],
      i = e.children[n];
    return gt.visit(i, e.valueOffsets[t]);
  },
  xa = (e, t) => {
    const n = e.type.typeIdToChildIndex[e.typeIds[t]],
      i = e.children[n];
    return gt.visit(i, t);
  },
  eu = (e, t) => {
    var n;
    return (n = e.dictionary) === null || n === void 0 ? void 0 : n.get(e.values[t]);
  },
  nu = (e, t) => (e.type.unit === qt.DAY_TIME ? Ca(e, t) : ka(e, t)),
  Ca = ({ values: e }, t) => e.subarray(2 * t, 2 * (t + 1)),
  ka = ({ values: e }, t) => {
    const n = e[t],
      i = new Int32Array(2);
    return ((i[0] = Math.trunc(n / 12)), (i[1] = Math.trunc(n % 12)), i);
  },
  Va = ({ values: e }, t) => e[t],
  ja = ({ values: e }, t) => e[t],
  za = ({ values: e }, t) => e[t],
  $a = ({ values: e }, t) => e[t],
  iu = (e, t) => {
    switch (e.type.unit) {
      case O.SECOND:
        return Va(e, t);
      case O.MILLISECOND:
        return ja(e, t);
      case O.MICROSECOND:
        return za(e, t);
      case O.NANOSECOND:
        return $a(e, t);
    }
  },
  ru = (e, t) => {
    const { stride: n, children: i } = e,
      s = i[0].slice(t * n, n);
    return new U([s]);
  };
S.prototype.visitNull = D(jl);
S.prototype.visitBool = D(zl);
S.prototype.visitInt = D(Wl);
S.prototype.visitInt8 = D(ye);
S.prototype.visitInt16 = D(ye);
S.prototype.visitInt32 = D(ye);
S.prototype.visitInt64 = D(Ea);
S.prototype.visitUint8 = D(ye);
S.prototype.visitUint16 = D(ye);
S.prototype.visitUint32 = D(ye);
S.prototype.visitUint64 = D(Ea);
S.prototype.visitFloat = D(ql);
S.prototype.visitFloat16 = D($l);
S.prototype.visitFloat32 = D(ye);
S.prototype.visitFloat64 = D(ye);
S.prototype.visitUtf8 = D(Oa);
S.prototype.visitLargeUtf8 = D(Oa);
S.prototype.visitBinary = D(Ba);
S.prototype.visitLargeBinary = D(Ba);
S.prototype.visitFixedSizeBinary = D(Yl);
S.prototype.visitDate = D(Gl);
S.prototype.visitDateDay = D(Sa);
S.prototype.visitDateMillisecond = D(Aa);
S.prototype.visitTimestamp = D(Hl);
S.prototype.visitTimestampSecond = D(Ta);
S.prototype.visitTimestampMillisecond = D(Da);
S.prototype.visitTimestampMicrosecond = D(Na);
S.prototype.visitTimestampNanosecond = D(Ra);
S.prototype.visitTime = D(Ql);
S.prototype.visitTimeSecond = D(Fa);
S.prototype.visitTimeMillisecond = D(La);
S.prototype.visitTimeMicrosecond = D(Ua);
S.prototype.visitTimeNanosecond = D(Ma);
S.prototype.visitDecimal = D(Kl);
S.prototype.visitList = D(Jl);
S.prototype.visitStruct = D(Xl);
S.prototype.visitUnion = D(tu);
S.prototype.visitDenseUnion = D(Pa);
S.prototype.visitSparseUnion = D(xa);
S.prototype.visitDictionary = D(eu);
S.prototype.visitInterval = D(nu);
S.prototype.visitIntervalDayTime = D(Ca);
S.prototype.visitIntervalYearMonth = D(ka);
S.prototype.visitDuration = D(iu);
S.prototype.visitDurationSecond = D(Va);
S.prototype.visitDurationMillisecond = D(ja);
S.prototype.visitDurationMicrosecond = D(za);
S.prototype.visitDurationNanosecond = D($a);
S.prototype.visitFixedSizeList = D(ru);
S.prototype.visitMap = D(Zl);
const gt = new S(),
  Ve = Symbol.for('keys'),
  He = Symbol.for('vals'),
  je = Symbol.for('kKeysAsStrings'),
  ar = Symbol.for('_kKeysAsStrings');
class Rr {
  constructor(t) {
    return ((this[Ve] = new U([t.children[0]]).memoize()), (this[He] = t.children[1]), new Proxy(this, new ou()));
  }
  get [je]() {
    return this[ar] || (this[ar] = Array.from(this[Ve].toArray(), String));
  }
  [Symbol.iterator]() {
    return new su(this[Ve], this[He]);
  }
  get size() {
    return this[Ve].length;
  }
  toArray() {
    return Object.values(this.toJSON());
  }
  toJSON() {
    const t = this[Ve],
      n = this[He],
      i = {};
    for (let r = -1, s = t.length; ++r < s; ) i[t.get(r)] = gt.visit(n, r);
    return i;
  }
  toString() {
    return `{${[...this].map(([t, n]) => `${Sn(t)}: ${Sn(n)}`).join(', ')}}`;
  }
  [Symbol.for('nodejs.util.inspect.custom')]() {
    return this.toString();
  }
}
class su {
  constructor(t, n) {
    (this.keys = t), (this.vals = n), (this.keyIndex = 0), (this.numKeys = t.length);
  }
  [Symbol.iterator]() {
    return this;
  }
  next() {
    const t = this.keyIndex;
    return t === this.numKeys
      ? { done: !0, value: null }
      : (this.keyIndex++, { done: !1, value: [this.keys.get(t), gt.visit(this.vals, t)] });
  }
}
class ou {
  isExtensible() {
    return !1;
  }
  deleteProperty() {
    return !1;
  }
  preventExtensions() {
    return !0;
  }
  ownKeys(t) {
    return t[je];
  }
  has(t, n) {
    return t[je].includes(n);
  }
  getOwnPropertyDescriptor(t, n) {
    if (t[je].indexOf(n) !== -1) return { writable: !0, enumerable: !0, configurable: !0 };
  }
  get(t, n) {
    if (Reflect.has(t, n)) return t[n];
    const i = t[je].indexOf(n);
    if (i !== -1) {
      const r = gt.visit(Reflect.get(t, He), i);
      return (Reflect.set(t, n, r), r);
    }
  }
  set(t, n, i) {
    const r = t[je].indexOf(n);
    return r !== -1
      ? (Nt.visit(Reflect.get(t, He), r, i), Reflect.set(t, n, i))
      : Reflect.has(t, n)
        ? Reflect.set(t, n, i)
        : !1;
  }
}
Object.defineProperties(Rr.prototype, {
  [Symbol.toStringTag]: { enumerable: !1, configurable: !1, value: 'Row' },
  [Ve]: { writable: !0, enumerable: !1, configurable: !1, value: null },
  [He]: { writable: !0, enumerable: !1, configurable: !1, value: null },
  [ar]: { writable: !0, enumerable: !1, configurable: !1, value: null },
});
let gs;
function Ya(e, t, n, i) {
  const { length: r = 0 } = e;
  let s = typeof t != 'number' ? 0 : t,
    o = typeof n != 'number' ? r : n;
  return (
    s < 0 && (s = ((s % r) + r) % r),
    o < 0 && (o = ((o % r) + r) % r),
    o < s && ((gs = s), (s = o), (o = gs)),
    o > r && (o = r),
    i ? i(e, s, o) : [s, o]
  );
}
const Fr = (e, t) => (e < 0 ? t + e : e),
  bs = (e) => e !== e;
function sn(e) {
  if (typeof e !== 'object' || e === null) return bs(e) ? bs : (n) => n === e;
  if (e instanceof Date) {
    const n = e.valueOf();
    return (i) => (i instanceof Date ? i.valueOf() === n : !1);
  }
  return ArrayBuffer.isView(e)
    ? (n) => (n ? rl(e, n) : !1)
    : e instanceof Map
      ? cu(e)
      : Array.isArray(e)
        ? au(e)
        : e instanceof U
          ? lu(e)
          : uu(e, !0);
}
function au(e) {
  const t = [];
  for (let n = -1, i = e.length; ++n < i; ) t[n] = sn(e[n]);
  return Pi(t);
}
function cu(e) {
  let t = -1;
  const n = [];
  for (const i of e.values()) n[++t] = sn(i);
  return Pi(n);
}
function lu(e) {
  const t = [];
  for (let n = -1, i = e.length; ++n < i; ) t[n] = sn(e.get(n));
  return Pi(t);
}
function uu(e, t = !1) {
  const n = Object.keys(e);
  if (!t && n.length === 0) return () => !1;
  const i = [];
  for (let r = -1, s = n.length; ++r < s; ) i[r] = sn(e[n[r]]);
  return Pi(i, n);
}
function Pi(e, t) {
  return (n) => {
    if (!n || typeof n != 'object') return !1;
    switch (n.constructor) {
      case Array:
        return fu(e, n);
      case Map:
        return ws(e, n, n.keys());
      case Rr:
      case Nr:
      case Object:
      case void 0:
        return ws(e, n, t || Object.keys(n));
    }
    return n instanceof U ? du(e, n) : !1;
  };
}
function fu(e, t) {
  const n = e.length;
  if (t.length !== n) return !1;
  for (let i = -1; ++i < n; ) if (!e[i](t[i])) return !1;
  return !0;
}
function du(e, t) {
  const n = e.length;
  if (t.length !== n) return !1;
  for (let i = -1; ++i < n; ) if (!e[i](t.get(i))) return !1;
  return !0;
}
function ws(e, t, n) {
  const i = n[Symbol.iterator](),
    r = t instanceof Map ? t.keys() : Object.keys(t)[Symbol.iterator](),
    s = t instanceof Map ? t.values() : Object.values(t)[Symbol.iterator]();
  let o = 0;
  const a = e.length;
  let c = s.next(),
    l = i.next(),
    f = r.next();
  for (
    ;
    o < a && !l.done && !f.done && !c.done && !(l.value !== f.value || !e[o](c.value));
    ++o, l = i.next(), f = r.next(), c = s.next()
  );
  return o === a && l.done && f.done && c.done
    ? !0
    : (i.return && i.return(), r.return && r.return(), s.return && s.return(), !1);
}
function Wa(e, t, n, i) {
  return (n & (1 << i)) !== 0;
}
function hu(e, t, n, i) {
  return (n & (1 << i)) >> i;
}
function vi(e, t, n) {
  const i = (n.byteLength + 7) & -8;
  if (e > 0 || n.byteLength < i) {
    const r = new Uint8Array(i);
    return (r.set(e % 8 === 0 ? n.subarray(e >> 3) : Si(new Lr(n, e, t, null, Wa)).subarray(0, i)), r);
  }
  return n;
}
function Si(e) {
  const t = [];
  let n = 0,
    i = 0,
    r = 0;
  for (const o of e) o && (r |= 1 << i), ++i === 8 && ((t[n++] = r), (r = i = 0));
  (n === 0 || i > 0) && (t[n++] = r);
  const s = new Uint8Array((t.length + 7) & -8);
  return (s.set(t), s);
}
class Lr {
  constructor(t, n, i, r, s) {
    (this.bytes = t),
      (this.length = i),
      (this.context = r),
      (this.get = s),
      (this.bit = n % 8),
      (this.byteIndex = n >> 3),
      (this.byte = t[this.byteIndex++]),
      (this.index = 0);
  }
  next() {
    return this.index < this.length
      ? (this.bit === 8 && ((this.bit = 0), (this.byte = this.bytes[this.byteIndex++])),
        { value: this.get(this.context, this.index++, this.byte, this.bit++) })
      : { done: !0, value: null };
  }
  [Symbol.iterator]() {
    return this;
  }
}
function cr(e, t, n) {
  if (n - t <= 0) return 0;
  if (n - t < 8) {
    let s = 0;
    for (const o of new Lr(e, t, n - t, e, hu)) s += o;
    return s;
  }
  const i = (n >> 3) << 3,
    r = t + (t % 8 === 0 ? 0 : 8 - (t % 8));
  return cr(e, t, r) + cr(e, i, n) + yu(e, r >> 3, (i - r) >> 3);
}
function yu(e, t, n) {
  let i = 0,
    r = Math.trunc(t);
  const s = new DataView(e.buffer, e.byteOffset, e.byteLength),
    o = n === void 0 ? e.byteLength : r + n;
  for (; o - r >= 4; ) (i += Wi(s.getUint32(r))), (r += 4);
  for (; o - r >= 2; ) (i += Wi(s.getUint16(r))), (r += 2);
  for (; o - r >= 1; ) (i += Wi(s.getUint8(r))), (r += 1);
  return i;
}
function Wi(e) {
  let t = Math.trunc(e);
  return (
    (t = t - ((t >>> 1) & 1431655765)),
    (t = (t & 858993459) + ((t >>> 2) & 858993459)),
    (((t + (t >>> 4)) & 252645135) * 16843009) >>> 24
  );
}
const pu = -1;
class z {
  get typeId() {
    return this.type.typeId;
  }
  get ArrayType() {
    return this.type.ArrayType;
  }
  get buffers() {
    return [this.valueOffsets, this.values, this.nullBitmap, this.typeIds];
  }
  get nullable() {
    if (this._nullCount !== 0) {
      const { type: t } = this;
      return I.isSparseUnion(t)
        ? this.children.some((n) => n.nullable)
        : I.isDenseUnion(t)
          ? this.children.some((n) => n.nullable)
          : this.nullBitmap && this.nullBitmap.byteLength > 0;
    }
    return !0;
  }
  get byteLength() {
    let t = 0;
    const { valueOffsets: n, values: i, nullBitmap: r, typeIds: s } = this;
    return (
      n && (t += n.byteLength),
      i && (t += i.byteLength),
      r && (t += r.byteLength),
      s && (t += s.byteLength),
      this.children.reduce((o, a) => o + a.byteLength, t)
    );
  }
  get nullCount() {
    if (I.isUnion(this.type)) return this.children.reduce((i, r) => i + r.nullCount, 0);
    let t = this._nullCount,
      n;
    return (
      t <= pu &&
        (n = this.nullBitmap) &&
        (this._nullCount = t = n.length === 0 ? 0 : this.length - cr(n, this.offset, this.offset + this.length)),
      t
    );
  }
  constructor(t, n, i, r, s, o = [], a) {
    (this.type = t),
      (this.children = o),
      (this.dictionary = a),
      (this.offset = Math.floor(Math.max(n || 0, 0))),
      (this.length = Math.floor(Math.max(i || 0, 0))),
      (this._nullCount = Math.floor(Math.max(r || 0, -1)));
    let c;
    s instanceof z
      ? ((this.stride = s.stride),
        (this.values = s.values),
        (this.typeIds = s.typeIds),
        (this.nullBitmap = s.nullBitmap),
        (this.valueOffsets = s.valueOffsets))
      : ((this.stride = Jt(t)),
        s &&
          ((c = s[0]) && (this.valueOffsets = c),
          (c = s[1]) && (this.values = c),
          (c = s[2]) && (this.nullBitmap = c),
          (c = s[3]) && (this.typeIds = c)));
  }
  getValid(t) {
    const { type: n } = this;
    if (I.isUnion(n)) {
      const i = n,
        r = this.children[i.typeIdToChildIndex[this.typeIds[t]]],
        s = i.mode === ct.Dense ? this.valueOffsets[t] : t;
      return r.getValid(s);
    }
    if (this.nullable && this.nullCount > 0) {
      const i = this.offset + t;
      return (this.nullBitmap[i >> 3] & (1 << (i % 8))) !== 0;
    }
    return !0;
  }
  setValid(t, n) {
    let i;
    const { type: r } = this;
    if (I.isUnion(r)) {
      const s = r,
        o = this.children[s.typeIdToChildIndex[this.typeIds[t]]],
        a = s.mode === ct.Dense ? this.valueOffsets[t] : t;
      (i = o.getValid(a)), o.setValid(a, n);
    } else {
      let { nullBitmap: s } = this;
      const { offset: o, length: a } = this,
        c = o + t,
        l = 1 << (c % 8),
        f = c >> 3;
      (!s || s.byteLength <= f) &&
        ((s = new Uint8Array(((o + a + 63) & -64) >> 3).fill(255)),
        this.nullCount > 0
          ? (s.set(vi(o, a, this.nullBitmap), 0), Object.assign(this, { nullBitmap: s }))
          : Object.assign(this, { nullBitmap: s, _nullCount: 0 }));
      const u = s[f];
      (i = (u & l) !== 0), (s[f] = n ? u | l : u & ~l);
    }
    return (i !== !!n && (this._nullCount = this.nullCount + (n ? -1 : 1)), n);
  }
  clone(t = this.type, n = this.offset, i = this.length, r = this._nullCount, s = this, o = this.children) {
    return new z(t, n, i, r, s, o, this.dictionary);
  }
  slice(t, n) {
    const { stride: i, typeId: r, children: s } = this,
      o = +(this._nullCount === 0) - 1,
      a = r === 16 ? i : 1,
      c = this._sliceBuffers(t, n, i, r);
    return this.clone(
      this.type,
      this.offset + t,
      n,
      o,
      c,
      s.length === 0 || this.valueOffsets ? s : this._sliceChildren(s, a * t, a * n),
    );
  }
  _changeLengthAndBackfillNullBitmap(t) {
    if (this.typeId === d.Null) return this.clone(this.type, 0, t, 0);
    const { length: n, nullCount: i } = this,
      r = new Uint8Array(((t + 63) & -64) >> 3).fill(255, 0, n >> 3);
    (r[n >> 3] = (1 << (n - (n & -8))) - 1), i > 0 && r.set(vi(this.offset, n, this.nullBitmap), 0);
    const s = this.buffers;
    return ((s[Kt.VALIDITY] = r), this.clone(this.type, 0, t, i + (t - n), s));
  }
  _sliceBuffers(t, n, i, r) {
    let s;
    const { buffers: o } = this;
    return (
      (s = o[Kt.TYPE]) && (o[Kt.TYPE] = s.subarray(t, t + n)),
      ((s = o[Kt.OFFSET]) && (o[Kt.OFFSET] = s.subarray(t, t + n + 1))) ||
        ((s = o[Kt.DATA]) && (o[Kt.DATA] = r === 6 ? s : s.subarray(i * t, i * (t + n)))),
      o
    );
  }
  _sliceChildren(t, n, i) {
    return t.map((r) => r.slice(n, i));
  }
}
z.prototype.children = Object.freeze([]);
class In extends x {
  visit(t) {
    return this.getVisitFn(t.type).call(this, t);
  }
  visitNull(t) {
    const { ['type']: n, ['offset']: i = 0, ['length']: r = 0 } = t;
    return new z(n, i, r, r);
  }
  visitBool(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.nullBitmap),
      s = G(n.ArrayType, t.data),
      { ['length']: o = s.length >> 3, ['nullCount']: a = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, o, a, [void 0, s, r]);
  }
  visitInt(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.nullBitmap),
      s = G(n.ArrayType, t.data),
      { ['length']: o = s.length, ['nullCount']: a = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, o, a, [void 0, s, r]);
  }
  visitFloat(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.nullBitmap),
      s = G(n.ArrayType, t.data),
      { ['length']: o = s.length, ['nullCount']: a = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, o, a, [void 0, s, r]);
  }
  visitUtf8(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.data),
      s = C(t.nullBitmap),
      o = ln(t.valueOffsets),
      { ['length']: a = o.length - 1, ['nullCount']: c = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, a, c, [o, r, s]);
  }
  visitLargeUtf8(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.data),
      s = C(t.nullBitmap),
      o = as(t.valueOffsets),
      { ['length']: a = o.length - 1, ['nullCount']: c = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, a, c, [o, r, s]);
  }
  visitBinary(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.data),
      s = C(t.nullBitmap),
      o = ln(t.valueOffsets),
      { ['length']: a = o.length - 1, ['nullCount']: c = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, a, c, [o, r, s]);
  }
  visitLargeBinary(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.data),
      s = C(t.nullBitmap),
      o = as(t.valueOffsets),
      { ['length']: a = o.length - 1, ['nullCount']: c = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, a, c, [o, r, s]);
  }
  visitFixedSizeBinary(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.nullBitmap),
      s = G(n.ArrayType, t.data),
      { ['length']: o = s.length / Jt(n), ['nullCount']: a = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, o, a, [void 0, s, r]);
  }
  visitDate(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.nullBitmap),
      s = G(n.ArrayType, t.data),
      { ['length']: o = s.length / Jt(n), ['nullCount']: a = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, o, a, [void 0, s, r]);
  }
  visitTimestamp(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.nullBitmap),
      s = G(n.ArrayType, t.data),
      { ['length']: o = s.length / Jt(n), ['nullCount']: a = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, o, a, [void 0, s, r]);
  }
  visitTime(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.nullBitmap),
      s = G(n.ArrayType, t.data),
      { ['length']: o = s.length / Jt(n), ['nullCount']: a = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, o, a, [void 0, s, r]);
  }
  visitDecimal(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.nullBitmap),
      s = G(n.ArrayType, t.data),
      { ['length']: o = s.length / Jt(n), ['nullCount']: a = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, o, a, [void 0, s, r]);
  }
  visitList(t) {
    const { ['type']: n, ['offset']: i = 0, ['child']: r } = t,
      s = C(t.nullBitmap),
      o = ln(t.valueOffsets),
      { ['length']: a = o.length - 1, ['nullCount']: c = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, a, c, [o, void 0, s], [r]);
  }
  visitStruct(t) {
    const { ['type']: n, ['offset']: i = 0, ['children']: r = [] } = t,
      s = C(t.nullBitmap),
      { length: o = r.reduce((c, { length: l }) => Math.max(c, l), 0), nullCount: a = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, o, a, [void 0, void 0, s], r);
  }
  visitUnion(t) {
    const { ['type']: n, ['offset']: i = 0, ['children']: r = [] } = t,
      s = G(n.ArrayType, t.typeIds),
      { ['length']: o = s.length, ['nullCount']: a = -1 } = t;
    if (I.isSparseUnion(n)) return new z(n, i, o, a, [void 0, void 0, void 0, s], r);
    const c = ln(t.valueOffsets);
    return new z(n, i, o, a, [c, void 0, void 0, s], r);
  }
  visitDictionary(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.nullBitmap),
      s = G(n.indices.ArrayType, t.data),
      { ['dictionary']: o = new U([new In().visit({ type: n.dictionary })]) } = t,
      { ['length']: a = s.length, ['nullCount']: c = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, a, c, [void 0, s, r], [], o);
  }
  visitInterval(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.nullBitmap),
      s = G(n.ArrayType, t.data),
      { ['length']: o = s.length / Jt(n), ['nullCount']: a = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, o, a, [void 0, s, r]);
  }
  visitDuration(t) {
    const { ['type']: n, ['offset']: i = 0 } = t,
      r = C(t.nullBitmap),
      s = G(n.ArrayType, t.data),
      { ['length']: o = s.length, ['nullCount']: a = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, o, a, [void 0, s, r]);
  }
  visitFixedSizeList(t) {
    const { ['type']: n, ['offset']: i = 0, ['child']: r = new In().visit({ type: n.valueType }) } = t,
      s = C(t.nullBitmap),
      { ['length']: o = r.length / Jt(n), ['nullCount']: a = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, o, a, [void 0, void 0, s], [r]);
  }
  visitMap(t) {
    const { ['type']: n, ['offset']: i = 0, ['child']: r = new In().visit({ type: n.childType }) } = t,
      s = C(t.nullBitmap),
      o = ln(t.valueOffsets),
      { ['length']: a = o.length - 1, ['nullCount']: c = t.nullBitmap ? -1 : 0 } = t;
    return new z(n, i, a, c, [o, void 0, s], [r]);
  }
}
const _u = new In();
function v(e) {
  return _u.visit(e);
}
class Is {
  constructor(t = 0, n) {
    (this.numChunks = t),
      (this.getChunkIterator = n),
      (this.chunkIndex = 0),
      (this.chunkIterator = this.getChunkIterator(0));
  }
  next() {
    for (; this.chunkIndex < this.numChunks; ) {
      const t = this.chunkIterator.next();
      if (!t.done) return t;
      ++this.chunkIndex < this.numChunks && (this.chunkIterator = this.getChunkIterator(this.chunkIndex));
    }
    return { done: !0, value: null };
  }
  [Symbol.iterator]() {
    return this;
  }
}
function mu(e) {
  return e.some((t) => t.nullable);
}
function qa(e) {
  return e.reduce((t, n) => t + n.nullCount, 0);
}
function Ga(e) {
  return e.reduce((t, n, i) => ((t[i + 1] = t[i] + n.length), t), new Uint32Array(e.length + 1));
}
function Ha(e, t, n, i) {
  const r = [];
  for (let s = -1, o = e.length; ++s < o; ) {
    const a = e[s],
      c = t[s],
      { length: l } = a;
    if (c >= i) break;
    if (n >= c + l) continue;
    if (c >= n && c + l <= i) {
      r.push(a);
      continue;
    }
    const f = Math.max(0, n - c),
      u = Math.min(i - c, l);
    r.push(a.slice(f, u - f));
  }
  return (r.length === 0 && r.push(e[0].slice(0, 0)), r);
}
function Ur(e, t, n, i) {
  let r = 0,
    s = 0,
    o = t.length - 1;
  do {
    if (r >= o - 1) return n < t[o] ? i(e, r, n - t[r]) : null;
    (s = r + Math.trunc((o - r) * 0.5)), n < t[s] ? (o = s) : (r = s);
  } while (r < o);
}
function Mr(e, t) {
  return e.getValid(t);
}
function Ai(e) {
  function t(n, i, r) {
    return e(n[i], r);
  }
  return function (n) {
    const i = this.data;
    return Ur(i, this._offsets, n, t);
  };
}
function Qa(e) {
  let t;
  function n(i, r, s) {
    return e(i[r], s, t);
  }
  return function (i, r) {
    const s = this.data;
    t = r;
    const o = Ur(s, this._offsets, i, n);
    return ((t = void 0), o);
  };
}
function Ka(e) {
  let t;
  function n(i, r, s) {
    let o = s,
      a = 0,
      c = 0;
    for (let l = r - 1, f = i.length; ++l < f; ) {
      const u = i[l];
      if (~(a = e(u, t, o))) return c + a;
      (o = 0), (c += u.length);
    }
    return -1;
  }
  return function (i, r) {
    t = i;
    const s = this.data,
      o = typeof r != 'number' ? n(s, 0, 0) : Ur(s, this._offsets, r, n);
    return ((t = void 0), o);
  };
}
class A extends x {}
function gu(e, t) {
  return t === null && e.length > 0 ? 0 : -1;
}
function bu(e, t) {
  const { nullBitmap: n } = e;
  if (!n || e.nullCount <= 0) return -1;
  let i = 0;
  for (const r of new Lr(n, e.offset + (t || 0), e.length, n, Wa)) {
    if (!r) return i;
    ++i;
  }
  return -1;
}
function L(e, t, n) {
  if (t === void 0) return -1;
  if (t === null)
    switch (e.typeId) {
      case d.Union:
        break;
      case d.Dictionary:
        break;
      default:
        return bu(e, n);
    }
  const i = gt.getVisitFn(e),
    r = sn(t);
  for (let s = (n || 0) - 1, o = e.length; ++s < o; ) if (r(i(e, s))) return s;
  return -1;
}
function Ja(e, t, n) {
  const i = gt.getVisitFn(e),
    r = sn(t);
  for (let s = (n || 0) - 1, o = e.length; ++s < o; ) if (r(i(e, s))) return s;
  return -1;
}
A.prototype.visitNull = gu;
A.prototype.visitBool = L;
A.prototype.visitInt = L;
A.prototype.visitInt8 = L;
A.prototype.visitInt16 = L;
A.prototype.visitInt32 = L;
A.prototype.visitInt64 = L;
A.prototype.visitUint8 = L;
A.prototype.visitUint16 = L;
A.prototype.visitUint32 = L;
A.prototype.visitUint64 = L;
A.prototype.visitFloat = L;
A.prototype.visitFloat16 = L;
A.prototype.visitFloat32 = L;
A.prototype.visitFloat64 = L;
A.prototype.visitUtf8 = L;
A.prototype.visitLargeUtf8 = L;
A.prototype.visitBinary = L;
A.prototype.visitLargeBinary = L;
A.prototype.visitFixedSizeBinary = L;
A.prototype.visitDate = L;
A.prototype.visitDateDay = L;
A.prototype.visitDateMillisecond = L;
A.prototype.visitTimestamp = L;
A.prototype.visitTimestampSecond = L;
A.prototype.visitTimestampMillisecond = L;
A.prototype.visitTimestampMicrosecond = L;
A.prototype.visitTimestampNanosecond = L;
A.prototype.visitTime = L;
A.prototype.visitTimeSecond = L;
A.prototype.visitTimeMillisecond = L;
A.prototype.visitTimeMicrosecond = L;
A.prototype.visitTimeNanosecond = L;
A.prototype.visitDecimal = L;
A.prototype.visitList = L;
A.prototype.visitStruct = L;
A.prototype.visitUnion = L;
A.prototype.visitDenseUnion = Ja;
A.prototype.visitSparseUnion = Ja;
A.prototype.visitDictionary = L;
A.prototype.visitInterval = L;
A.prototype.visitIntervalDayTime = L;
A.prototype.visitIntervalYearMonth = L;
A.prototype.visitDuration = L;
A.prototype.visitDurationSecond = L;
A.prototype.visitDurationMillisecond = L;
A.prototype.visitDurationMicrosecond = L;
A.prototype.visitDurationNanosecond = L;
A.prototype.visitFixedSizeList = L;
A.prototype.visitMap = L;
const Ei = new A();
class E extends x {}
function N(e) {
  const { type: t } = e;
  if (
    e.nullCount === 0 &&
    e.stride === 1 &&
    ((I.isInt(t) && t.bitWidth !== 64) ||
      (I.isTime(t) && t.bitWidth !== 64) ||
      (I.isFloat(t) && t.precision !== st.HALF))
  )
    return new Is(e.data.length, (i) => {
      const r = e.data[i];
      return r.values.subarray(0, r.length)[Symbol.iterator]();
    });
  let n = 0;
  return new Is(e.data.length, (i) => {
    const s = e.data[i].length,
      o = e.slice(n, n + s);
    return ((n += s), new wu(o));
  });
}
class wu {
  constructor(t) {
    (this.vector = t), (this.index = 0);
  }
  next() {
    return this.index < this.vector.length ? { value: this.vector.get(this.index++) } : { done: !0, value: null };
  }
  [Symbol.iterator]() {
    return this;
  }
}
E.prototype.visitNull = N;
E.prototype.visitBool = N;
E.prototype.visitInt = N;
E.prototype.visitInt8 = N;
E.prototype.visitInt16 = N;
E.prototype.visitInt32 = N;
E.prototype.visitInt64 = N;
E.prototype.visitUint8 = N;
E.prototype.visitUint16 = N;
E.prototype.visitUint32 = N;
E.prototype.visitUint64 = N;
E.prototype.visitFloat = N;
E.prototype.visitFloat16 = N;
E.prototype.visitFloat32 = N;
E.prototype.visitFloat64 = N;
E.prototype.visitUtf8 = N;
E.prototype.visitLargeUtf8 = N;
E.prototype.visitBinary = N;
E.prototype.visitLargeBinary = N;
E.prototype.visitFixedSizeBinary = N;
E.prototype.visitDate = N;
E.prototype.visitDateDay = N;
E.prototype.visitDateMillisecond = N;
E.prototype.visitTimestamp = N;
E.prototype.visitTimestampSecond = N;
E.prototype.visitTimestampMillisecond = N;
E.prototype.visitTimestampMicrosecond = N;
E.prototype.visitTimestampNanosecond = N;
E.prototype.visitTime = N;
E.prototype.visitTimeSecond = N;
E.prototype.visitTimeMillisecond = N;
E.prototype.visitTimeMicrosecond = N;
E.prototype.visitTimeNanosecond = N;
E.prototype.visitDecimal = N;
E.prototype.visitList = N;
E.prototype.visitStruct = N;
E.prototype.visitUnion = N;
E.prototype.visitDenseUnion = N;
E.prototype.visitSparseUnion = N;
E.prototype.visitDictionary = N;
E.prototype.visitInterval = N;
E.prototype.visitIntervalDayTime = N;
E.prototype.visitIntervalYearMonth = N;
E.prototype.visitDuration = N;
E.prototype.visitDurationSecond = N;
E.prototype.visitDurationMillisecond = N;
E.prototype.visitDurationMicrosecond = N;
E.prototype.visitDurationNanosecond = N;
E.prototype.visitFixedSizeList = N;
E.prototype.visitMap = N;
const Pr = new E();
var Za;
const Xa = {},
  tc = {};
class U {
  constructor(t) {
    var n, i, r;
    const s = t[0] instanceof U ? t.flatMap((a) => a.data) : t;
    if (s.length === 0 || s.some((a) => !(a instanceof z)))
      throw new TypeError('Vector constructor expects an Array of Data instances.');
    const o = (n = s[0]) === null || n === void 0 ? void 0 : n.type;
    switch (s.length) {
      case 0:
        this._offsets = [0];
        break;
      case 1: {
        const { get: a, set: c, indexOf: l } = Xa[o.typeId],
          f = s[0];
        (this.isValid = (u) => Mr(f, u)),
          (this.get = (u) => a(f, u)),
          (this.set = (u, h) => c(f, u, h)),
          (this.indexOf = (u) => l(f, u)),
          (this._offsets = [0, f.length]);
        break;
      }
      default:
        Object.setPrototypeOf(this, tc[o.typeId]), (this._offsets = Ga(s));
        break;
    }
    (this.data = s),
      (this.type = o),
      (this.stride = Jt(o)),
      (this.numChildren =
        (r = (i = o.children) === null || i === void 0 ? void 0 : i.length) !== null && r !== void 0 ? r : 0),
      (this.length = this._offsets.at(-1));
  }
  get byteLength() {
    return this.data.reduce((t, n) => t + n.byteLength, 0);
  }
  get nullable() {
    return mu(this.data);
  }
  get nullCount() {
    return qa(this.data);
  }
  get ArrayType() {
    return this.type.ArrayType;
  }
  get [Symbol.toStringTag]() {
    return `${this.VectorName}<${this.type[Symbol.toStringTag]}>`;
  }
  get VectorName() {
    return `${d[this.type.typeId]}Vector`;
  }
  isValid(t) {
    return !1;
  }
  get(t) {
    return null;
  }
  at(t) {
    return this.get(Fr(t, this.length));
  }
  set(t, n) {}
  indexOf(t, n) {
    return -1;
  }
  includes(t, n) {
    return this.indexOf(t, n) > -1;
  }
  [Symbol.iterator]() {
    return Pr.visit(this);
  }
  concat(...t) {
    return new U(this.data.concat(t.flatMap((n) => n.data).flat(Number.POSITIVE_INFINITY)));
  }
  slice(t, n) {
    return new U(Ya(this, t, n, ({ data: i, _offsets: r }, s, o) => Ha(i, r, s, o)));
  }
  toJSON() {
    return [...this];
  }
  toArray() {
    const { type: t, data: n, length: i, stride: r, ArrayType: s } = this;
    switch (t.typeId) {
      case d.Int:
      case d.Float:
      case d.Decimal:
      case d.Time:
      case d.Timestamp:
        switch (n.length) {
          case 0:
            return new s();
          case 1:
            return n[0].values.subarray(0, i * r);
          default:
            return n.reduce(
              (o, { values: a, length: c }) => (o.array.set(a.subarray(0, c * r), o.offset), (o.offset += c * r), o),
              { array: new s(i * r), offset: 0 },
            ).array;
        }
    }
    return [...this];
  }
  toString() {
    return `[${[...this].join(',')}]`;
  }
  getChild(t) {
    var n;
    return this.getChildAt(
      (n = this.type.children) === null || n === void 0 ? void 0 : n.findIndex((i) => i.name === t),
    );
  }
  getChildAt(t) {
    return t > -1 && t < this.numChildren ? new U(this.data.map(({ children: n }) => n[t])) : null;
  }
  get isMemoized() {
    return I.isDictionary(this.type) ? this.data[0].dictionary.isMemoized : !1;
  }
  memoize() {
    if (I.isDictionary(this.type)) {
      const t = new Bi(this.data[0].dictionary),
        n = this.data.map((i) => {
          const r = i.clone();
          return ((r.dictionary = t), r);
        });
      return new U(n);
    }
    return new Bi(this);
  }
  unmemoize() {
    if (I.isDictionary(this.type) && this.isMemoized) {
      const t = this.data[0].dictionary.unmemoize(),
        n = this.data.map((i) => {
          const r = i.clone();
          return ((r.dictionary = t), r);
        });
      return new U(n);
    }
    return this;
  }
}
Za = Symbol.toStringTag;
U[Za] = ((e) => {
  (e.type = I.prototype),
    (e.data = []),
    (e.length = 0),
    (e.stride = 1),
    (e.numChildren = 0),
    (e._offsets = new Uint32Array([0])),
    (e[Symbol.isConcatSpreadable] = !0);
  const t = Object.keys(d)
    .map((n) => d[n])
    .filter((n) => typeof n == 'number' && n !== d.NONE);
  for (const n of t) {
    const i = gt.getVisitFnByTypeId(n),
      r = Nt.getVisitFnByTypeId(n),
      s = Ei.getVisitFnByTypeId(n);
    (Xa[n] = { get: i, set: r, indexOf: s }),
      (tc[n] = Object.create(e, {
        isValid: { value: Ai(Mr) },
        get: { value: Ai(gt.getVisitFnByTypeId(n)) },
        set: { value: Qa(Nt.getVisitFnByTypeId(n)) },
        indexOf: { value: Ka(Ei.getVisitFnByTypeId(n)) },
      }));
  }
  return 'Vector';
})(U.prototype);
class Bi extends U {
  constructor(t) {
    super(t.data);
    const n = this.get,
      i = this.set,
      r = this.slice,
      s = new Array(this.length);
    Object.defineProperty(this, 'get', {
      value(o) {
        const a = s[o];
        if (a !== void 0) return a;
        const c = n.call(this, o);
        return ((s[o] = c), c);
      },
    }),
      Object.defineProperty(this, 'set', {
        value(o, a) {
          i.call(this, o, a), (s[o] = a);
        },
      }),
      Object.defineProperty(this, 'slice', { value: (o, a) => new Bi(r.call(this, o, a)) }),
      Object.defineProperty(this, 'isMemoized', { value: !0 }),
      Object.defineProperty(this, 'unmemoize', { value: () => new U(this.data) }),
      Object.defineProperty(this, 'memoize', { value: () => this });
  }
}
function ec(e) {
  if (e) {
    if (e instanceof z) return new U([e]);
    if (e instanceof U) return new U(e.data);
    if (e.type instanceof I) return new U([v(e)]);
    if (Array.isArray(e)) return new U(e.flatMap((t) => Iu(t)));
    if (ArrayBuffer.isView(e)) {
      e instanceof DataView && (e = new Uint8Array(e.buffer));
      const t = { offset: 0, length: e.length, nullCount: -1, data: e };
      if (e instanceof Int8Array) return new U([v(Object.assign(Object.assign({}, t), { type: new $o() }))]);
      if (e instanceof Int16Array) return new U([v(Object.assign(Object.assign({}, t), { type: new Yo() }))]);
      if (e instanceof Int32Array) return new U([v(Object.assign(Object.assign({}, t), { type: new Ae() }))]);
      if (e instanceof BigInt64Array) return new U([v(Object.assign(Object.assign({}, t), { type: new Wo() }))]);
      if (e instanceof Uint8Array || e instanceof Uint8ClampedArray)
        return new U([v(Object.assign(Object.assign({}, t), { type: new qo() }))]);
      if (e instanceof Uint16Array) return new U([v(Object.assign(Object.assign({}, t), { type: new Go() }))]);
      if (e instanceof Uint32Array) return new U([v(Object.assign(Object.assign({}, t), { type: new Ho() }))]);
      if (e instanceof BigUint64Array) return new U([v(Object.assign(Object.assign({}, t), { type: new Qo() }))]);
      if (e instanceof Float32Array) return new U([v(Object.assign(Object.assign({}, t), { type: new Ko() }))]);
      if (e instanceof Float64Array) return new U([v(Object.assign(Object.assign({}, t), { type: new Mi() }))]);
      throw new Error('Unrecognized input');
    }
  }
  throw new Error('Unrecognized input');
}
function Iu(e) {
  return e instanceof z ? [e] : e instanceof U ? e.data : ec(e).data;
}
class lr {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  offset() {
    return this.bb.readInt64(this.bb_pos);
  }
  metaDataLength() {
    return this.bb.readInt32(this.bb_pos + 8);
  }
  bodyLength() {
    return this.bb.readInt64(this.bb_pos + 16);
  }
  static sizeOf() {
    return 24;
  }
  static createBlock(t, n, i, r) {
    return (
      t.prep(8, 24), t.writeInt64(BigInt(r ?? 0)), t.pad(4), t.writeInt32(i), t.writeInt64(BigInt(n ?? 0)), t.offset()
    );
  }
}
class wt {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  static getRootAsFooter(t, n) {
    return (n || new wt()).__init(t.readInt32(t.position()) + t.position(), t);
  }
  static getSizePrefixedRootAsFooter(t, n) {
    return (t.setPosition(t.position() + W), (n || new wt()).__init(t.readInt32(t.position()) + t.position(), t));
  }
  version() {
    const t = this.bb.__offset(this.bb_pos, 4);
    return t ? this.bb.readInt16(this.bb_pos + t) : et.V1;
  }
  schema(t) {
    const n = this.bb.__offset(this.bb_pos, 6);
    return n ? (t || new xt()).__init(this.bb.__indirect(this.bb_pos + n), this.bb) : null;
  }
  dictionaries(t, n) {
    const i = this.bb.__offset(this.bb_pos, 8);
    return i ? (n || new lr()).__init(this.bb.__vector(this.bb_pos + i) + t * 24, this.bb) : null;
  }
  dictionariesLength() {
    const t = this.bb.__offset(this.bb_pos, 8);
    return t ? this.bb.__vector_len(this.bb_pos + t) : 0;
  }
  recordBatches(t, n) {
    const i = this.bb.__offset(this.bb_pos, 10);
    return i ? (n || new lr()).__init(this.bb.__vector(this.bb_pos + i) + t * 24, this.bb) : null;
  }
  recordBatchesLength() {
    const t = this.bb.__offset(this.bb_pos, 10);
    return t ? this.bb.__vector_len(this.bb_pos + t) : 0;
  }
  customMetadata(t, n) {
    const i = this.bb.__offset(this.bb_pos, 12);
    return i ? (n || new it()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + i) + t * 4), this.bb) : null;
  }
  customMetadataLength() {
    const t = this.bb.__offset(this.bb_pos, 12);
    return t ? this.bb.__vector_len(this.bb_pos + t) : 0;
  }
  static startFooter(t) {
    t.startObject(5);
  }
  static addVersion(t, n) {
    t.addFieldInt16(0, n, et.V1);
  }
  static addSchema(t, n) {
    t.addFieldOffset(1, n, 0);
  }
  static addDictionaries(t, n) {
    t.addFieldOffset(2, n, 0);
  }
  static startDictionariesVector(t, n) {
    t.startVector(24, n, 8);
  }
  static addRecordBatches(t, n) {
    t.addFieldOffset(3, n, 0);
  }
  static startRecordBatchesVector(t, n) {
    t.startVector(24, n, 8);
  }
  static addCustomMetadata(t, n) {
    t.addFieldOffset(4, n, 0);
  }
  static createCustomMetadataVector(t, n) {
    t.startVector(4, n.length, 4);
    for (let i = n.length - 1; i >= 0; i--) t.addOffset(n[i]);
    return t.endVector();
  }
  static startCustomMetadataVector(t, n) {
    t.startVector(4, n, 4);
  }
  static endFooter(t) {
    return t.endObject();
  }
  static finishFooterBuffer(t, n) {
    t.finish(n);
  }
  static finishSizePrefixedFooterBuffer(t, n) {
    t.finish(n, void 0, !0);
  }
}
class Y {
  constructor(t = [], n, i, r = et.V5) {
    (this.fields = t || []),
      (this.metadata = n || new Map()),
      i || (i = ur(this.fields)),
      (this.dictionaries = i),
      (this.metadataVersion = r);
  }
  get [Symbol.toStringTag]() {
    return 'Schema';
  }
  get names() {
    return this.fields.map((t) => t.name);
  }
  toString() {
    return `Schema<{ ${this.fields.map((t, n) => `${n}: ${t}`).join(', ')} }>`;
  }
  select(t) {
    const n = new Set(t),
      i = this.fields.filter((r) => n.has(r.name));
    return new Y(i, this.metadata);
  }
  selectAt(t) {
    const n = t.map((i) => this.fields[i]).filter(Boolean);
    return new Y(n, this.metadata);
  }
  assign(...t) {
    const n = t[0] instanceof Y ? t[0] : Array.isArray(t[0]) ? new Y(t[0]) : new Y(t),
      i = [...this.fields],
      r = Yn(Yn(new Map(), this.metadata), n.metadata),
      s = n.fields.filter((a) => {
        const c = i.findIndex((l) => l.name === a.name);
        return ~c ? (i[c] = a.clone({ metadata: Yn(Yn(new Map(), i[c].metadata), a.metadata) })) && !1 : !0;
      }),
      o = ur(s, new Map());
    return new Y([...i, ...s], r, new Map([...this.dictionaries, ...o]));
  }
}
Y.prototype.fields = null;
Y.prototype.metadata = null;
Y.prototype.dictionaries = null;
class J {
  static new(...t) {
    let [n, i, r, s] = t;
    return (
      t[0] &&
        typeof t[0] == 'object' &&
        (({ name: n } = t[0]),
        i === void 0 && (i = t[0].type),
        r === void 0 && (r = t[0].nullable),
        s === void 0 && (s = t[0].metadata)),
      new J(`${n}`, i, r, s)
    );
  }
  constructor(t, n, i = !1, r) {
    (this.name = t), (this.type = n), (this.nullable = i), (this.metadata = r || new Map());
  }
  get typeId() {
    return this.type.typeId;
  }
  get [Symbol.toStringTag]() {
    return 'Field';
  }
  toString() {
    return `${this.name}: ${this.type}`;
  }
  clone(...t) {
    let [n, i, r, s] = t;
    return (
      !t[0] || typeof t[0] != 'object'
        ? ([n = this.name, i = this.type, r = this.nullable, s = this.metadata] = t)
        : ({
            name: n = this.name,
            type: i = this.type,
            nullable: r = this.nullable,
            metadata: s = this.metadata,
          } = t[0]),
      J.new(n, i, r, s)
    );
  }
}
J.prototype.type = null;
J.prototype.name = null;
J.prototype.nullable = null;
J.prototype.metadata = null;
function Yn(e, t) {
  return new Map([...(e || new Map()), ...(t || new Map())]);
}
function ur(e, t = new Map()) {
  for (let n = -1, i = e.length; ++n < i; ) {
    const s = e[n].type;
    if (I.isDictionary(s)) {
      if (!t.has(s.id)) t.set(s.id, s.dictionary);
      else if (t.get(s.id) !== s.dictionary)
        throw new Error('Cannot create Schema containing two different dictionaries with the same Id');
    }
    s.children && s.children.length > 0 && ur(s.children, t);
  }
  return t;
}
var vu = po,
  Su = Qe;
class On {
  static decode(t) {
    t = new Su(C(t));
    const n = wt.getRootAsFooter(t),
      i = Y.decode(n.schema(), new Map(), n.version());
    return new Au(i, n);
  }
  static encode(t) {
    const n = new vu(),
      i = Y.encode(n, t.schema);
    wt.startRecordBatchesVector(n, t.numRecordBatches);
    for (const o of [...t.recordBatches()].slice().reverse()) ue.encode(n, o);
    const r = n.endVector();
    wt.startDictionariesVector(n, t.numDictionaries);
    for (const o of [...t.dictionaryBatches()].slice().reverse()) ue.encode(n, o);
    const s = n.endVector();
    return (
      wt.startFooter(n),
      wt.addSchema(n, i),
      wt.addVersion(n, et.V5),
      wt.addRecordBatches(n, r),
      wt.addDictionaries(n, s),
      wt.finishFooterBuffer(n, wt.endFooter(n)),
      n.asUint8Array()
    );
  }
  get numRecordBatches() {
    return this._recordBatches.length;
  }
  get numDictionaries() {
    return this._dictionaryBatches.length;
  }
  constructor(t, n = et.V5, i, r) {
    (this.schema = t), (this.version = n), i && (this._recordBatches = i), r && (this._dictionaryBatches = r);
  }
  *recordBatches() {
    for (let t, n = -1, i = this.numRecordBatches; ++n < i; ) (t = this.getRecordBatch(n)) && (yield t);
  }
  *dictionaryBatches() {
    for (let t, n = -1, i = this.numDictionaries; ++n < i; ) (t = this.getDictionaryBatch(n)) && (yield t);
  }
  getRecordBatch(t) {
    return (t >= 0 && t < this.numRecordBatches && this._recordBatches[t]) || null;
  }
  getDictionaryBatch(t) {
    return (t >= 0 && t < this.numDictionaries && this._dictionaryBatches[t]) || null;
  }
}
class Au extends On {
  get numRecordBatches() {
    return this._footer.recordBatchesLength();
  }
  get numDictionaries() {
    return this._footer.dictionariesLength();
  }
  constructor(t, n) {
    super(t, n.version()), (this._footer = n);
  }
  getRecordBatch(t) {
    if (t >= 0 && t < this.numRecordBatches) {
      const n = this._footer.recordBatches(t);
      if (n) return ue.decode(n);
    }
    return null;
  }
  getDictionaryBatch(t) {
    if (t >= 0 && t < this.numDictionaries) {
      const n = this._footer.dictionaries(t);
      if (n) return ue.decode(n);
    }
    return null;
  }
}
class ue {
  static decode(t) {
    return new ue(t.metaDataLength(), t.bodyLength(), t.offset());
  }
  static encode(t, n) {
    const { metaDataLength: i } = n,
      r = BigInt(n.offset),
      s = BigInt(n.bodyLength);
    return lr.createBlock(t, r, i, s);
  }
  constructor(t, n, i) {
    (this.metaDataLength = t), (this.offset = H(i)), (this.bodyLength = H(n));
  }
}
const Z = Object.freeze({ done: !0, value: void 0 });
class vs {
  constructor(t) {
    this._json = t;
  }
  get schema() {
    return this._json.schema;
  }
  get batches() {
    return this._json.batches || [];
  }
  get dictionaries() {
    return this._json.dictionaries || [];
  }
}
class xr {
  tee() {
    return this._getDOMStream().tee();
  }
  pipe(t, n) {
    return this._getNodeStream().pipe(t, n);
  }
  pipeTo(t, n) {
    return this._getDOMStream().pipeTo(t, n);
  }
  pipeThrough(t, n) {
    return this._getDOMStream().pipeThrough(t, n);
  }
  _getDOMStream() {
    return this._DOMStream || (this._DOMStream = this.toDOMStream());
  }
  _getNodeStream() {
    return this._nodeStream || (this._nodeStream = this.toNodeStream());
  }
}
class Eu extends xr {
  constructor() {
    super(),
      (this._values = []),
      (this.resolvers = []),
      (this._closedPromise = new Promise((t) => (this._closedPromiseResolve = t)));
  }
  get closed() {
    return this._closedPromise;
  }
  cancel(t) {
    return M(this, void 0, void 0, function* () {
      yield this.return(t);
    });
  }
  write(t) {
    this._ensureOpen() &&
      (this.resolvers.length <= 0 ? this._values.push(t) : this.resolvers.shift().resolve({ done: !1, value: t }));
  }
  abort(t) {
    this._closedPromiseResolve &&
      (this.resolvers.length <= 0
        ? (this._error = { error: t })
        : this.resolvers.shift().reject({ done: !0, value: t }));
  }
  close() {
    if (this._closedPromiseResolve) {
      const { resolvers: t } = this;
      for (; t.length > 0; ) t.shift().resolve(Z);
      this._closedPromiseResolve(), (this._closedPromiseResolve = void 0);
    }
  }
  [Symbol.asyncIterator]() {
    return this;
  }
  toDOMStream(t) {
    return Et.toDOMStream(this._closedPromiseResolve || this._error ? this : this._values);
  }
  toNodeStream(t) {
    return Et.toNodeStream(this._closedPromiseResolve || this._error ? this : this._values);
  }
  throw(t) {
    return M(this, void 0, void 0, function* () {
      return (yield this.abort(t), Z);
    });
  }
  return(t) {
    return M(this, void 0, void 0, function* () {
      return (yield this.close(), Z);
    });
  }
  read(t) {
    return M(this, void 0, void 0, function* () {
      return (yield this.next(t, 'read')).value;
    });
  }
  peek(t) {
    return M(this, void 0, void 0, function* () {
      return (yield this.next(t, 'peek')).value;
    });
  }
  next(...t) {
    return this._values.length > 0
      ? Promise.resolve({ done: !1, value: this._values.shift() })
      : this._error
        ? Promise.reject({ done: !0, value: this._error.error })
        : this._closedPromiseResolve
          ? new Promise((n, i) => {
              this.resolvers.push({ resolve: n, reject: i });
            })
          : Promise.resolve(Z);
  }
  _ensureOpen() {
    if (this._closedPromiseResolve) return !0;
    throw new Error('AsyncQueue is closed');
  }
}
class ti extends Eu {
  write(t) {
    if ((t = C(t)).byteLength > 0) return super.write(t);
  }
  toString(t = !1) {
    return t ? er(this.toUint8Array(!0)) : this.toUint8Array(!1).then(er);
  }
  toUint8Array(t = !1) {
    return t
      ? Wt(this._values)[0]
      : M(this, void 0, void 0, function* () {
          var n, i, r, s;
          const o = [];
          let a = 0;
          try {
            for (var c = !0, l = Ie(this), f; (f = yield l.next()), (n = f.done), !n; c = !0) {
              (s = f.value), (c = !1);
              const u = s;
              o.push(u), (a += u.byteLength);
            }
          } catch (u) {
            i = { error: u };
          } finally {
            try {
              !c && !n && (r = l.return) && (yield r.call(l));
            } finally {
              if (i) throw i.error;
            }
          }
          return Wt(o, a)[0];
        });
  }
}
class Oi {
  constructor(t) {
    t && (this.source = new Bu(Et.fromIterable(t)));
  }
  [Symbol.iterator]() {
    return this;
  }
  next(t) {
    return this.source.next(t);
  }
  throw(t) {
    return this.source.throw(t);
  }
  return(t) {
    return this.source.return(t);
  }
  peek(t) {
    return this.source.peek(t);
  }
  read(t) {
    return this.source.read(t);
  }
}
class en {
  constructor(t) {
    t instanceof en
      ? (this.source = t.source)
      : t instanceof ti
        ? (this.source = new _e(Et.fromAsyncIterable(t)))
        : uo(t)
          ? (this.source = new _e(Et.fromNodeStream(t)))
          : Br(t)
            ? (this.source = new _e(Et.fromDOMStream(t)))
            : lo(t)
              ? (this.source = new _e(Et.fromDOMStream(t.body)))
              : Fn(t)
                ? (this.source = new _e(Et.fromIterable(t)))
                : Se(t)
                  ? (this.source = new _e(Et.fromAsyncIterable(t)))
                  : rn(t) && (this.source = new _e(Et.fromAsyncIterable(t)));
  }
  [Symbol.asyncIterator]() {
    return this;
  }
  next(t) {
    return this.source.next(t);
  }
  throw(t) {
    return this.source.throw(t);
  }
  return(t) {
    return this.source.return(t);
  }
  get closed() {
    return this.source.closed;
  }
  cancel(t) {
    return this.source.cancel(t);
  }
  peek(t) {
    return this.source.peek(t);
  }
  read(t) {
    return this.source.read(t);
  }
}
class Bu {
  constructor(t) {
    this.source = t;
  }
  cancel(t) {
    this.return(t);
  }
  peek(t) {
    return this.next(t, 'peek').value;
  }
  read(t) {
    return this.next(t, 'read').value;
  }
  next(t, n = 'read') {
    return this.source.next({ cmd: n, size: t });
  }
  throw(t) {
    return Object.create((this.source.throw && this.source.throw(t)) || Z);
  }
  return(t) {
    return Object.create((this.source.return && this.source.return(t)) || Z);
  }
}
class _e {
  constructor(t) {
    (this.source = t), (this._closedPromise = new Promise((n) => (this._closedPromiseResolve = n)));
  }
  cancel(t) {
    return M(this, void 0, void 0, function* () {
      yield this.return(t);
    });
  }
  get closed() {
    return this._closedPromise;
  }
  read(t) {
    return M(this, void 0, void 0, function* () {
      return (yield this.next(t, 'read')).value;
    });
  }
  peek(t) {
    return M(this, void 0, void 0, function* () {
      return (yield this.next(t, 'peek')).value;
    });
  }
  next(t) {
    return M(this, arguments, void 0, function* (n, i = 'read') {
      return yield this.source.next({ cmd: i, size: n });
    });
  }
  throw(t) {
    return M(this, void 0, void 0, function* () {
      const n = (this.source.throw && (yield this.source.throw(t))) || Z;
      return (
        this._closedPromiseResolve && this._closedPromiseResolve(),
        (this._closedPromiseResolve = void 0),
        Object.create(n)
      );
    });
  }
  return(t) {
    return M(this, void 0, void 0, function* () {
      const n = (this.source.return && (yield this.source.return(t))) || Z;
      return (
        this._closedPromiseResolve && this._closedPromiseResolve(),
        (this._closedPromiseResolve = void 0),
        Object.create(n)
      );
    });
  }
}
class Ss extends Oi {
  constructor(t, n) {
    super(), (this.position = 0), (this.buffer = C(t)), (this.size = n === void 0 ? this.buffer.byteLength : n);
  }
  readInt32(t) {
    const { buffer: n, byteOffset: i } = this.readAt(t, 4);
    return new DataView(n, i).getInt32(0, !0);
  }
  seek(t) {
    return ((this.position = Math.min(t, this.size)), t < this.size);
  }
  read(t) {
    const { buffer: n, size: i, position: r } = this;
    return n && r < i
      ? (typeof t != 'number' && (t = Number.POSITIVE_INFINITY),
        (this.position = Math.min(i, r + Math.min(i - r, t))),
        n.subarray(r, this.position))
      : null;
  }
  readAt(t, n) {
    const i = this.buffer,
      r = Math.min(this.size, t + n);
    return i ? i.subarray(t, r) : new Uint8Array(n);
  }
  close() {
    this.buffer && (this.buffer = null);
  }
  throw(t) {
    return (this.close(), { done: !0, value: t });
  }
  return(t) {
    return (this.close(), { done: !0, value: t });
  }
}
class Ti extends en {
  constructor(t, n) {
    super(),
      (this.position = 0),
      (this._handle = t),
      typeof n == 'number'
        ? (this.size = n)
        : (this._pending = M(this, void 0, void 0, function* () {
            (this.size = (yield t.stat()).size), delete this._pending;
          }));
  }
  readInt32(t) {
    return M(this, void 0, void 0, function* () {
      const { buffer: n, byteOffset: i } = yield this.readAt(t, 4);
      return new DataView(n, i).getInt32(0, !0);
    });
  }
  seek(t) {
    return M(this, void 0, void 0, function* () {
      return (this._pending && (yield this._pending), (this.position = Math.min(t, this.size)), t < this.size);
    });
  }
  read(t) {
    return M(this, void 0, void 0, function* () {
      this._pending && (yield this._pending);
      const { _handle: n, size: i, position: r } = this;
      if (n && r < i) {
        typeof t != 'number' && (t = Number.POSITIVE_INFINITY);
        let s = r,
          o = 0,
          a = 0;
        const c = Math.min(i, s + Math.min(i - s, t)),
          l = new Uint8Array(Math.max(0, (this.position = c) - s));
        for (; (s += a) < c && (o += a) < l.byteLength; ) ({ bytesRead: a } = yield n.read(l, o, l.byteLength - o, s));
        return l;
      }
      return null;
    });
  }
  readAt(t, n) {
    return M(this, void 0, void 0, function* () {
      this._pending && (yield this._pending);
      const { _handle: i, size: r } = this;
      if (i && t + n < r) {
        const s = Math.min(r, t + n),
          o = new Uint8Array(s - t);
        return (yield i.read(o, 0, n, t)).buffer;
      }
      return new Uint8Array(n);
    });
  }
  close() {
    return M(this, void 0, void 0, function* () {
      const t = this._handle;
      (this._handle = null), t && (yield t.close());
    });
  }
  throw(t) {
    return M(this, void 0, void 0, function* () {
      return (yield this.close(), { done: !0, value: t });
    });
  }
  return(t) {
    return M(this, void 0, void 0, function* () {
      return (yield this.close(), { done: !0, value: t });
    });
  }
}
const Ou = 65536;
function $e(e) {
  return (e < 0 && (e = 4294967295 + e + 1), `0x${e.toString(16)}`);
}
const nn = 8,
  Cr = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
class nc {
  constructor(t) {
    this.buffer = t;
  }
  high() {
    return this.buffer[1];
  }
  low() {
    return this.buffer[0];
  }
  _times(t) {
    const n = new Uint32Array([
        this.buffer[1] >>> 16,
        this.buffer[1] & 65535,
        this.buffer[0] >>> 16,
        this.buffer[0] & 65535,
      ]),
      i = new Uint32Array([t.buffer[1] >>> 16, t.buffer[1] & 65535, t.buffer[0] >>> 16, t.buffer[0] & 65535]);
    let r = n[3] * i[3];
    this.buffer[0] = r & 65535;
    let s = r >>> 16;
    return (
      (r = n[2] * i[3]),
      (s += r),
      (r = (n[3] * i[2]) >>> 0),
      (s += r),
      (this.buffer[0] += s << 16),
      (this.buffer[1] = s >>> 0 < r ? Ou : 0),
      (this.buffer[1] += s >>> 16),
      (this.buffer[1] += n[1] * i[3] + n[2] * i[2] + n[3] * i[1]),
      (this.buffer[1] += (n[0] * i[3] + n[1] * i[2] + n[2] * i[1] + n[3] * i[0]) << 16),
      this
    );
  }
  _plus(t) {
    const n = (this.buffer[0] + t.buffer[0]) >>> 0;
    (this.buffer[1] += t.buffer[1]), n < this.buffer[0] >>> 0 && ++this.buffer[1], (this.buffer[0] = n);
  }
  lessThan(t) {
    return this.buffer[1] < t.buffer[1] || (this.buffer[1] === t.buffer[1] && this.buffer[0] < t.buffer[0]);
  }
  equals(t) {
    return this.buffer[1] === t.buffer[1] && this.buffer[0] == t.buffer[0];
  }
  greaterThan(t) {
    return t.lessThan(this);
  }
  hex() {
    return `${$e(this.buffer[1])} ${$e(this.buffer[0])}`;
  }
}
class q extends nc {
  times(t) {
    return (this._times(t), this);
  }
  plus(t) {
    return (this._plus(t), this);
  }
  static from(t, n = new Uint32Array(2)) {
    return q.fromString(typeof t == 'string' ? t : t.toString(), n);
  }
  static fromNumber(t, n = new Uint32Array(2)) {
    return q.fromString(t.toString(), n);
  }
  static fromString(t, n = new Uint32Array(2)) {
    const i = t.length,
      r = new q(n);
    for (let s = 0; s < i; ) {
      const o = nn < i - s ? nn : i - s,
        a = new q(new Uint32Array([Number.parseInt(t.slice(s, s + o), 10), 0])),
        c = new q(new Uint32Array([Cr[o], 0]));
      r.times(c), r.plus(a), (s += o);
    }
    return r;
  }
  static convertArray(t) {
    const n = new Uint32Array(t.length * 2);
    for (let i = -1, r = t.length; ++i < r; ) q.from(t[i], new Uint32Array(n.buffer, n.byteOffset + 2 * i * 4, 2));
    return n;
  }
  static multiply(t, n) {
    return new q(new Uint32Array(t.buffer)).times(n);
  }
  static add(t, n) {
    return new q(new Uint32Array(t.buffer)).plus(n);
  }
}
class ht extends nc {
  negate() {
    return (
      (this.buffer[0] = ~this.buffer[0] + 1),
      (this.buffer[1] = ~this.buffer[1]),
      this.buffer[0] == 0 && ++this.buffer[1],
      this
    );
  }
  times(t) {
    return (this._times(t), this);
  }
  plus(t) {
    return (this._plus(t), this);
  }
  lessThan(t) {
    const n = this.buffer[1] << 0,
      i = t.buffer[1] << 0;
    return n < i || (n === i && this.buffer[0] < t.buffer[0]);
  }
  static from(t, n = new Uint32Array(2)) {
    return ht.fromString(typeof t == 'string' ? t : t.toString(), n);
  }
  static fromNumber(t, n = new Uint32Array(2)) {
    return ht.fromString(t.toString(), n);
  }
  static fromString(t, n = new Uint32Array(2)) {
    const i = t.startsWith('-'),
      r = t.length,
      s = new ht(n);
    for (let o = i ? 1 : 0; o < r; ) {
      const a = nn < r - o ? nn : r - o,
        c = new ht(new Uint32Array([Number.parseInt(t.slice(o, o + a), 10), 0])),
        l = new ht(new Uint32Array([Cr[a], 0]));
      s.times(l), s.plus(c), (o += a);
    }
    return i ? s.negate() : s;
  }
  static convertArray(t) {
    const n = new Uint32Array(t.length * 2);
    for (let i = -1, r = t.length; ++i < r; ) ht.from(t[i], new Uint32Array(n.buffer, n.byteOffset + 2 * i * 4, 2));
    return n;
  }
  static multiply(t, n) {
    return new ht(new Uint32Array(t.buffer)).times(n);
  }
  static add(t, n) {
    return new ht(new Uint32Array(t.buffer)).plus(n);
  }
}
class Ct {
  constructor(t) {
    this.buffer = t;
  }
  high() {
    return new ht(new Uint32Array(this.buffer.buffer, this.buffer.byteOffset + 8, 2));
  }
  low() {
    return new ht(new Uint32Array(this.buffer.buffer, this.buffer.byteOffset, 2));
  }
  negate() {
    return (
      (this.buffer[0] = ~this.buffer[0] + 1),
      (this.buffer[1] = ~this.buffer[1]),
      (this.buffer[2] = ~this.buffer[2]),
      (this.buffer[3] = ~this.buffer[3]),
      this.buffer[0] == 0 && ++this.buffer[1],
      this.buffer[1] == 0 && ++this.buffer[2],
      this.buffer[2] == 0 && ++this.buffer[3],
      this
    );
  }
  times(t) {
    const n = new q(new Uint32Array([this.buffer[3], 0])),
      i = new q(new Uint32Array([this.buffer[2], 0])),
      r = new q(new Uint32Array([this.buffer[1], 0])),
      s = new q(new Uint32Array([this.buffer[0], 0])),
      o = new q(new Uint32Array([t.buffer[3], 0])),
      a = new q(new Uint32Array([t.buffer[2], 0])),
      c = new q(new Uint32Array([t.buffer[1], 0])),
      l = new q(new Uint32Array([t.buffer[0], 0]));
    let f = q.multiply(s, l);
    this.buffer[0] = f.low();
    const u = new q(new Uint32Array([f.high(), 0]));
    return (
      (f = q.multiply(r, l)),
      u.plus(f),
      (f = q.multiply(s, c)),
      u.plus(f),
      (this.buffer[1] = u.low()),
      (this.buffer[3] = u.lessThan(f) ? 1 : 0),
      (this.buffer[2] = u.high()),
      new q(new Uint32Array(this.buffer.buffer, this.buffer.byteOffset + 8, 2))
        .plus(q.multiply(i, l))
        .plus(q.multiply(r, c))
        .plus(q.multiply(s, a)),
      (this.buffer[3] += q.multiply(n, l).plus(q.multiply(i, c)).plus(q.multiply(r, a)).plus(q.multiply(s, o)).low()),
      this
    );
  }
  plus(t) {
    const n = new Uint32Array(4);
    return (
      (n[3] = (this.buffer[3] + t.buffer[3]) >>> 0),
      (n[2] = (this.buffer[2] + t.buffer[2]) >>> 0),
      (n[1] = (this.buffer[1] + t.buffer[1]) >>> 0),
      (n[0] = (this.buffer[0] + t.buffer[0]) >>> 0),
      n[0] < this.buffer[0] >>> 0 && ++n[1],
      n[1] < this.buffer[1] >>> 0 && ++n[2],
      n[2] < this.buffer[2] >>> 0 && ++n[3],
      (this.buffer[3] = n[3]),
      (this.buffer[2] = n[2]),
      (this.buffer[1] = n[1]),
      (this.buffer[0] = n[0]),
      this
    );
  }
  hex() {
    return `${$e(this.buffer[3])} ${$e(this.buffer[2])} ${$e(this.buffer[1])} ${$e(this.buffer[0])}`;
  }
  static multiply(t, n) {
    return new Ct(new Uint32Array(t.buffer)).times(n);
  }
  static add(t, n) {
    return new Ct(new Uint32Array(t.buffer)).plus(n);
  }
  static from(t, n = new Uint32Array(4)) {
    return Ct.fromString(typeof t == 'string' ? t : t.toString(), n);
  }
  static fromNumber(t, n = new Uint32Array(4)) {
    return Ct.fromString(t.toString(), n);
  }
  static fromString(t, n = new Uint32Array(4)) {
    const i = t.startsWith('-'),
      r = t.length,
      s = new Ct(n);
    for (let o = i ? 1 : 0; o < r; ) {
      const a = nn < r - o ? nn : r - o,
        c = new Ct(new Uint32Array([Number.parseInt(t.slice(o, o + a), 10), 0, 0, 0])),
        l = new Ct(new Uint32Array([Cr[a], 0, 0, 0]));
      s.times(l), s.plus(c), (o += a);
    }
    return i ? s.negate() : s;
  }
  static convertArray(t) {
    const n = new Uint32Array(t.length * 4);
    for (let i = -1, r = t.length; ++i < r; ) Ct.from(t[i], new Uint32Array(n.buffer, n.byteOffset + 16 * i, 4));
    return n;
  }
}
class ic extends x {
  constructor(t, n, i, r, s = et.V5) {
    super(),
      (this.nodesIndex = -1),
      (this.buffersIndex = -1),
      (this.bytes = t),
      (this.nodes = n),
      (this.buffers = i),
      (this.dictionaries = r),
      (this.metadataVersion = s);
  }
  visit(t) {
    return super.visit(t instanceof J ? t.type : t);
  }
  visitNull(t, { length: n } = this.nextFieldNode()) {
    return v({ type: t, length: n });
  }
  visitBool(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({ type: t, length: n, nullCount: i, nullBitmap: this.readNullBitmap(t, i), data: this.readData(t) });
  }
  visitInt(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({ type: t, length: n, nullCount: i, nullBitmap: this.readNullBitmap(t, i), data: this.readData(t) });
  }
  visitFloat(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({ type: t, length: n, nullCount: i, nullBitmap: this.readNullBitmap(t, i), data: this.readData(t) });
  }
  visitUtf8(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({
      type: t,
      length: n,
      nullCount: i,
      nullBitmap: this.readNullBitmap(t, i),
      valueOffsets: this.readOffsets(t),
      data: this.readData(t),
    });
  }
  visitLargeUtf8(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({
      type: t,
      length: n,
      nullCount: i,
      nullBitmap: this.readNullBitmap(t, i),
      valueOffsets: this.readOffsets(t),
      data: this.readData(t),
    });
  }
  visitBinary(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({
      type: t,
      length: n,
      nullCount: i,
      nullBitmap: this.readNullBitmap(t, i),
      valueOffsets: this.readOffsets(t),
      data: this.readData(t),
    });
  }
  visitLargeBinary(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({
      type: t,
      length: n,
      nullCount: i,
      nullBitmap: this.readNullBitmap(t, i),
      valueOffsets: this.readOffsets(t),
      data: this.readData(t),
    });
  }
  visitFixedSizeBinary(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({ type: t, length: n, nullCount: i, nullBitmap: this.readNullBitmap(t, i), data: this.readData(t) });
  }
  visitDate(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({ type: t, length: n, nullCount: i, nullBitmap: this.readNullBitmap(t, i), data: this.readData(t) });
  }
  visitTimestamp(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({ type: t, length: n, nullCount: i, nullBitmap: this.readNullBitmap(t, i), data: this.readData(t) });
  }
  visitTime(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({ type: t, length: n, nullCount: i, nullBitmap: this.readNullBitmap(t, i), data: this.readData(t) });
  }
  visitDecimal(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({ type: t, length: n, nullCount: i, nullBitmap: this.readNullBitmap(t, i), data: this.readData(t) });
  }
  visitList(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({
      type: t,
      length: n,
      nullCount: i,
      nullBitmap: this.readNullBitmap(t, i),
      valueOffsets: this.readOffsets(t),
      child: this.visit(t.children[0]),
    });
  }
  visitStruct(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({
      type: t,
      length: n,
      nullCount: i,
      nullBitmap: this.readNullBitmap(t, i),
      children: this.visitMany(t.children),
    });
  }
  visitUnion(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return (
      this.metadataVersion < et.V5 && this.readNullBitmap(t, i),
      t.mode === ct.Sparse
        ? this.visitSparseUnion(t, { length: n, nullCount: i })
        : this.visitDenseUnion(t, { length: n, nullCount: i })
    );
  }
  visitDenseUnion(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({
      type: t,
      length: n,
      nullCount: i,
      typeIds: this.readTypeIds(t),
      valueOffsets: this.readOffsets(t),
      children: this.visitMany(t.children),
    });
  }
  visitSparseUnion(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({ type: t, length: n, nullCount: i, typeIds: this.readTypeIds(t), children: this.visitMany(t.children) });
  }
  visitDictionary(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({
      type: t,
      length: n,
      nullCount: i,
      nullBitmap: this.readNullBitmap(t, i),
      data: this.readData(t.indices),
      dictionary: this.readDictionary(t),
    });
  }
  visitInterval(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({ type: t, length: n, nullCount: i, nullBitmap: this.readNullBitmap(t, i), data: this.readData(t) });
  }
  visitDuration(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({ type: t, length: n, nullCount: i, nullBitmap: this.readNullBitmap(t, i), data: this.readData(t) });
  }
  visitFixedSizeList(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({
      type: t,
      length: n,
      nullCount: i,
      nullBitmap: this.readNullBitmap(t, i),
      child: this.visit(t.children[0]),
    });
  }
  visitMap(t, { length: n, nullCount: i } = this.nextFieldNode()) {
    return v({
      type: t,
      length: n,
      nullCount: i,
      nullBitmap: this.readNullBitmap(t, i),
      valueOffsets: this.readOffsets(t),
      child: this.visit(t.children[0]),
    });
  }
  nextFieldNode() {
    return this.nodes[++this.nodesIndex];
  }
  nextBufferRange() {
    return this.buffers[++this.buffersIndex];
  }
  readNullBitmap(t, n, i = this.nextBufferRange()) {
    return (n > 0 && this.readData(t, i)) || new Uint8Array(0);
  }
  readOffsets(t, n) {
    return this.readData(t, n);
  }
  readTypeIds(t, n) {
    return this.readData(t, n);
  }
  readData(t, { length: n, offset: i } = this.nextBufferRange()) {
    return this.bytes.subarray(i, i + n);
  }
  readDictionary(t) {
    return this.dictionaries.get(t.id);
  }
}
class Tu extends ic {
  constructor(t, n, i, r, s) {
    super(new Uint8Array(0), n, i, r, s), (this.sources = t);
  }
  readNullBitmap(t, n, { offset: i } = this.nextBufferRange()) {
    return n <= 0 ? new Uint8Array(0) : Si(this.sources[i]);
  }
  readOffsets(t, { offset: n } = this.nextBufferRange()) {
    return G(Uint8Array, G(t.OffsetArrayType, this.sources[n]));
  }
  readTypeIds(t, { offset: n } = this.nextBufferRange()) {
    return G(Uint8Array, G(t.ArrayType, this.sources[n]));
  }
  readData(t, { offset: n } = this.nextBufferRange()) {
    const { sources: i } = this;
    return I.isTimestamp(t) ||
      ((I.isInt(t) || I.isTime(t)) && t.bitWidth === 64) ||
      I.isDuration(t) ||
      (I.isDate(t) && t.unit === vt.MILLISECOND)
      ? G(Uint8Array, ht.convertArray(i[n]))
      : I.isDecimal(t)
        ? G(Uint8Array, Ct.convertArray(i[n]))
        : I.isBinary(t) || I.isLargeBinary(t) || I.isFixedSizeBinary(t)
          ? Du(i[n])
          : I.isBool(t)
            ? Si(i[n])
            : I.isUtf8(t) || I.isLargeUtf8(t)
              ? Er(i[n].join(''))
              : G(
                  Uint8Array,
                  G(
                    t.ArrayType,
                    i[n].map((r) => +r),
                  ),
                );
  }
}
function Du(e) {
  const t = e.join(''),
    n = new Uint8Array(t.length / 2);
  for (let i = 0; i < t.length; i += 2) n[i >> 1] = Number.parseInt(t.slice(i, i + 2), 16);
  return n;
}
class B extends x {
  compareSchemas(t, n) {
    return t === n || (n instanceof t.constructor && this.compareManyFields(t.fields, n.fields));
  }
  compareManyFields(t, n) {
    return (
      t === n ||
      (Array.isArray(t) && Array.isArray(n) && t.length === n.length && t.every((i, r) => this.compareFields(i, n[r])))
    );
  }
  compareFields(t, n) {
    return (
      t === n ||
      (n instanceof t.constructor && t.name === n.name && t.nullable === n.nullable && this.visit(t.type, n.type))
    );
  }
}
function ft(e, t) {
  return t instanceof e.constructor;
}
function Ee(e, t) {
  return e === t || ft(e, t);
}
function ee(e, t) {
  return e === t || (ft(e, t) && e.bitWidth === t.bitWidth && e.isSigned === t.isSigned);
}
function xi(e, t) {
  return e === t || (ft(e, t) && e.precision === t.precision);
}
function Nu(e, t) {
  return e === t || (ft(e, t) && e.byteWidth === t.byteWidth);
}
function kr(e, t) {
  return e === t || (ft(e, t) && e.unit === t.unit);
}
function Ln(e, t) {
  return e === t || (ft(e, t) && e.unit === t.unit && e.timezone === t.timezone);
}
function Un(e, t) {
  return e === t || (ft(e, t) && e.unit === t.unit && e.bitWidth === t.bitWidth);
}
function Ru(e, t) {
  return (
    e === t || (ft(e, t) && e.children.length === t.children.length && fe.compareManyFields(e.children, t.children))
  );
}
function Fu(e, t) {
  return (
    e === t || (ft(e, t) && e.children.length === t.children.length && fe.compareManyFields(e.children, t.children))
  );
}
function Vr(e, t) {
  return (
    e === t ||
    (ft(e, t) &&
      e.mode === t.mode &&
      e.typeIds.every((n, i) => n === t.typeIds[i]) &&
      fe.compareManyFields(e.children, t.children))
  );
}
function Lu(e, t) {
  return (
    e === t ||
    (ft(e, t) &&
      e.id === t.id &&
      e.isOrdered === t.isOrdered &&
      fe.visit(e.indices, t.indices) &&
      fe.visit(e.dictionary, t.dictionary))
  );
}
function jr(e, t) {
  return e === t || (ft(e, t) && e.unit === t.unit);
}
function Mn(e, t) {
  return e === t || (ft(e, t) && e.unit === t.unit);
}
function Uu(e, t) {
  return (
    e === t ||
    (ft(e, t) &&
      e.listSize === t.listSize &&
      e.children.length === t.children.length &&
      fe.compareManyFields(e.children, t.children))
  );
}
function Mu(e, t) {
  return (
    e === t ||
    (ft(e, t) &&
      e.keysSorted === t.keysSorted &&
      e.children.length === t.children.length &&
      fe.compareManyFields(e.children, t.children))
  );
}
B.prototype.visitNull = Ee;
B.prototype.visitBool = Ee;
B.prototype.visitInt = ee;
B.prototype.visitInt8 = ee;
B.prototype.visitInt16 = ee;
B.prototype.visitInt32 = ee;
B.prototype.visitInt64 = ee;
B.prototype.visitUint8 = ee;
B.prototype.visitUint16 = ee;
B.prototype.visitUint32 = ee;
B.prototype.visitUint64 = ee;
B.prototype.visitFloat = xi;
B.prototype.visitFloat16 = xi;
B.prototype.visitFloat32 = xi;
B.prototype.visitFloat64 = xi;
B.prototype.visitUtf8 = Ee;
B.prototype.visitLargeUtf8 = Ee;
B.prototype.visitBinary = Ee;
B.prototype.visitLargeBinary = Ee;
B.prototype.visitFixedSizeBinary = Nu;
B.prototype.visitDate = kr;
B.prototype.visitDateDay = kr;
B.prototype.visitDateMillisecond = kr;
B.prototype.visitTimestamp = Ln;
B.prototype.visitTimestampSecond = Ln;
B.prototype.visitTimestampMillisecond = Ln;
B.prototype.visitTimestampMicrosecond = Ln;
B.prototype.visitTimestampNanosecond = Ln;
B.prototype.visitTime = Un;
B.prototype.visitTimeSecond = Un;
B.prototype.visitTimeMillisecond = Un;
B.prototype.visitTimeMicrosecond = Un;
B.prototype.visitTimeNanosecond = Un;
B.prototype.visitDecimal = Ee;
B.prototype.visitList = Ru;
B.prototype.visitStruct = Fu;
B.prototype.visitUnion = Vr;
B.prototype.visitDenseUnion = Vr;
B.prototype.visitSparseUnion = Vr;
B.prototype.visitDictionary = Lu;
B.prototype.visitInterval = jr;
B.prototype.visitIntervalDayTime = jr;
B.prototype.visitIntervalYearMonth = jr;
B.prototype.visitDuration = Mn;
B.prototype.visitDurationSecond = Mn;
B.prototype.visitDurationMillisecond = Mn;
B.prototype.visitDurationMicrosecond = Mn;
B.prototype.visitDurationNanosecond = Mn;
B.prototype.visitFixedSizeList = Uu;
B.prototype.visitMap = Mu;
const fe = new B();
function fr(e, t) {
  return fe.compareSchemas(e, t);
}
function qi(e, t) {
  return Pu(
    e,
    t.map((n) => n.data.concat()),
  );
}
function Pu(e, t) {
  const n = [...e.fields],
    i = [],
    r = { numBatches: t.reduce((u, h) => Math.max(u, h.length), 0) };
  let s = 0,
    o = 0,
    a = -1;
  const c = t.length;
  let l,
    f = [];
  for (; r.numBatches-- > 0; ) {
    for (o = Number.POSITIVE_INFINITY, a = -1; ++a < c; )
      (f[a] = l = t[a].shift()), (o = Math.min(o, l ? l.length : o));
    Number.isFinite(o) &&
      ((f = xu(n, o, f, t, r)),
      o > 0 && (i[s++] = v({ type: new lt(n), length: o, nullCount: 0, children: f.slice() })));
  }
  return [(e = e.assign(n)), i.map((u) => new pt(e, u))];
}
function xu(e, t, n, i, r) {
  var s;
  const o = ((t + 63) & -64) >> 3;
  for (let a = -1, c = i.length; ++a < c; ) {
    const l = n[a],
      f = l == null ? void 0 : l.length;
    if (f >= t)
      f === t
        ? (n[a] = l)
        : ((n[a] = l.slice(0, t)), (r.numBatches = Math.max(r.numBatches, i[a].unshift(l.slice(t, f - t)))));
    else {
      const u = e[a];
      (e[a] = u.clone({ nullable: !0 })),
        (n[a] =
          (s = l == null ? void 0 : l._changeLengthAndBackfillNullBitmap(t)) !== null && s !== void 0
            ? s
            : v({ type: u.type, length: t, nullCount: t, nullBitmap: new Uint8Array(o) }));
    }
  }
  return n;
}
var rc;
class at {
  constructor(...t) {
    var n, i;
    if (t.length === 0) return ((this.batches = []), (this.schema = new Y([])), (this._offsets = [0]), this);
    let r, s;
    t[0] instanceof Y && (r = t.shift()), t.at(-1) instanceof Uint32Array && (s = t.pop());
    const o = (c) => {
        if (c) {
          if (c instanceof pt) return [c];
          if (c instanceof at) return c.batches;
          if (c instanceof z) {
            if (c.type instanceof lt) return [new pt(new Y(c.type.children), c)];
          } else {
            if (Array.isArray(c)) return c.flatMap((l) => o(l));
            if (typeof c[Symbol.iterator] == 'function') return [...c].flatMap((l) => o(l));
            if (typeof c == 'object') {
              const l = Object.keys(c),
                f = l.map((y) => new U([c[y]])),
                u = r ?? new Y(l.map((y, p) => new J(String(y), f[p].type, f[p].nullable))),
                [, h] = qi(u, f);
              return h.length === 0 ? [new pt(c)] : h;
            }
          }
        }
        return [];
      },
      a = t.flatMap((c) => o(c));
    if (
      ((r =
        (i = r ?? ((n = a[0]) === null || n === void 0 ? void 0 : n.schema)) !== null && i !== void 0 ? i : new Y([])),
      !(r instanceof Y))
    )
      throw new TypeError('Table constructor expects a [Schema, RecordBatch[]] pair.');
    for (const c of a) {
      if (!(c instanceof pt)) throw new TypeError('Table constructor expects a [Schema, RecordBatch[]] pair.');
      if (!fr(r, c.schema)) throw new TypeError('Table and inner RecordBatch schemas must be equivalent.');
    }
    (this.schema = r), (this.batches = a), (this._offsets = s ?? Ga(this.data));
  }
  get data() {
    return this.batches.map(({ data: t }) => t);
  }
  get numCols() {
    return this.schema.fields.length;
  }
  get numRows() {
    return this.data.reduce((t, n) => t + n.length, 0);
  }
  get nullCount() {
    return (this._nullCount === -1 && (this._nullCount = qa(this.data)), this._nullCount);
  }
  isValid(t) {
    return !1;
  }
  get(t) {
    return null;
  }
  at(t) {
    return this.get(Fr(t, this.numRows));
  }
  set(t, n) {}
  indexOf(t, n) {
    return -1;
  }
  [Symbol.iterator]() {
    return this.batches.length > 0 ? Pr.visit(new U(this.data)) : new Array(0)[Symbol.iterator]();
  }
  toArray() {
    return [...this];
  }
  toString() {
    return `[
  ${this.toArray().join(`,
  `)}
]`;
  }
  concat(...t) {
    const n = this.schema,
      i = this.data.concat(t.flatMap(({ data: r }) => r));
    return new at(
      n,
      i.map((r) => new pt(n, r)),
    );
  }
  slice(t, n) {
    const i = this.schema;
    [t, n] = Ya({ length: this.numRows }, t, n);
    const r = Ha(this.data, this._offsets, t, n);
    return new at(
      i,
      r.map((s) => new pt(i, s)),
    );
  }
  getChild(t) {
    return this.getChildAt(this.schema.fields.findIndex((n) => n.name === t));
  }
  getChildAt(t) {
    if (t > -1 && t < this.schema.fields.length) {
      const n = this.data.map((i) => i.children[t]);
      if (n.length === 0) {
        const { type: i } = this.schema.fields[t],
          r = v({ type: i, length: 0, nullCount: 0 });
        n.push(r._changeLengthAndBackfillNullBitmap(this.numRows));
      }
      return new U(n);
    }
    return null;
  }
  setChild(t, n) {
    var i;
    return this.setChildAt(
      (i = this.schema.fields) === null || i === void 0 ? void 0 : i.findIndex((r) => r.name === t),
      n,
    );
  }
  setChildAt(t, n) {
    let i = this.schema,
      r = [...this.batches];
    if (t > -1 && t < this.numCols) {
      n || (n = new U([v({ type: new le(), length: this.numRows })]));
      const s = i.fields.slice(),
        o = s[t].clone({ type: n.type }),
        a = this.schema.fields.map((c, l) => this.getChildAt(l));
      ([s[t], a[t]] = [o, n]), ([i, r] = qi(i, a));
    }
    return new at(i, r);
  }
  select(t) {
    const n = this.schema.fields.reduce((i, r, s) => i.set(r.name, s), new Map());
    return this.selectAt(t.map((i) => n.get(i)).filter((i) => i > -1));
  }
  selectAt(t) {
    const n = this.schema.selectAt(t),
      i = this.batches.map((r) => r.selectAt(t));
    return new at(n, i);
  }
  assign(t) {
    const n = this.schema.fields,
      [i, r] = t.schema.fields.reduce(
        (a, c, l) => {
          const [f, u] = a,
            h = n.findIndex((y) => y.name === c.name);
          return (~h ? (u[h] = l) : f.push(l), a);
        },
        [[], []],
      ),
      s = this.schema.assign(t.schema),
      o = [
        ...n.map((a, c) => [c, r[c]]).map(([a, c]) => (c === void 0 ? this.getChildAt(a) : t.getChildAt(c))),
        ...i.map((a) => t.getChildAt(a)),
      ].filter(Boolean);
    return new at(...qi(s, o));
  }
}
rc = Symbol.toStringTag;
at[rc] = ((e) => (
  (e.schema = null),
  (e.batches = []),
  (e._offsets = new Uint32Array([0])),
  (e._nullCount = -1),
  (e[Symbol.isConcatSpreadable] = !0),
  (e.isValid = Ai(Mr)),
  (e.get = Ai(gt.getVisitFn(d.Struct))),
  (e.set = Qa(Nt.getVisitFn(d.Struct))),
  (e.indexOf = Ka(Ei.getVisitFn(d.Struct))),
  'Table'
))(at.prototype);
var sc;
const pt = class gn {
  constructor(...t) {
    switch (t.length) {
      case 2: {
        if ((([this.schema] = t), !(this.schema instanceof Y)))
          throw new TypeError('RecordBatch constructor expects a [Schema, Data] pair.');
        if (
          (([
            ,
            this.data = v({
              nullCount: 0,
              type: new lt(this.schema.fields),
              children: this.schema.fields.map((n) => v({ type: n.type, nullCount: 0 })),
            }),
          ] = t),
          !(this.data instanceof z))
        )
          throw new TypeError('RecordBatch constructor expects a [Schema, Data] pair.');
        [this.schema, this.data] = As(this.schema, this.data.children);
        break;
      }
      case 1: {
        const [n] = t,
          {
            fields: i,
            children: r,
            length: s,
          } = Object.keys(n).reduce(
            (c, l, f) => (
              (c.children[f] = n[l]),
              (c.length = Math.max(c.length, n[l].length)),
              (c.fields[f] = J.new({ name: l, type: n[l].type, nullable: !0 })),
              c
            ),
            { length: 0, fields: [], children: [] },
          ),
          o = new Y(i),
          a = v({ type: new lt(i), length: s, children: r, nullCount: 0 });
        [this.schema, this.data] = As(o, a.children, s);
        break;
      }
      default:
        throw new TypeError(
          'RecordBatch constructor expects an Object mapping names to child Data, or a [Schema, Data] pair.',
        );
    }
  }
  get dictionaries() {
    return this._dictionaries || (this._dictionaries = oc(this.schema.fields, this.data.children));
  }
  get numCols() {
    return this.schema.fields.length;
  }
  get numRows() {
    return this.data.length;
  }
  get nullCount() {
    return this.data.nullCount;
  }
  isValid(t) {
    return this.data.getValid(t);
  }
  get(t) {
    return gt.visit(this.data, t);
  }
  at(t) {
    return this.get(Fr(t, this.numRows));
  }
  set(t, n) {
    return Nt.visit(this.data, t, n);
  }
  indexOf(t, n) {
    return Ei.visit(this.data, t, n);
  }
  [Symbol.iterator]() {
    return Pr.visit(new U([this.data]));
  }
  toArray() {
    return [...this];
  }
  concat(...t) {
    return new at(this.schema, [this, ...t]);
  }
  slice(t, n) {
    const [i] = new U([this.data]).slice(t, n).data;
    return new gn(this.schema, i);
  }
  getChild(t) {
    var n;
    return this.getChildAt(
      (n = this.schema.fields) === null || n === void 0 ? void 0 : n.findIndex((i) => i.name === t),
    );
  }
  getChildAt(t) {
    return t > -1 && t < this.schema.fields.length ? new U([this.data.children[t]]) : null;
  }
  setChild(t, n) {
    var i;
    return this.setChildAt(
      (i = this.schema.fields) === null || i === void 0 ? void 0 : i.findIndex((r) => r.name === t),
      n,
    );
  }
  setChildAt(t, n) {
    let i = this.schema,
      r = this.data;
    if (t > -1 && t < this.numCols) {
      n || (n = new U([v({ type: new le(), length: this.numRows })]));
      const s = i.fields.slice(),
        o = r.children.slice(),
        a = s[t].clone({ type: n.type });
      ([s[t], o[t]] = [a, n.data[0]]),
        (i = new Y(s, new Map(this.schema.metadata))),
        (r = v({ type: new lt(s), children: o }));
    }
    return new gn(i, r);
  }
  select(t) {
    const n = this.schema.select(t),
      i = new lt(n.fields),
      r = [];
    for (const s of t) {
      const o = this.schema.fields.findIndex((a) => a.name === s);
      ~o && (r[o] = this.data.children[o]);
    }
    return new gn(n, v({ type: i, length: this.numRows, children: r }));
  }
  selectAt(t) {
    const n = this.schema.selectAt(t),
      i = t.map((s) => this.data.children[s]).filter(Boolean),
      r = v({ type: new lt(n.fields), length: this.numRows, children: i });
    return new gn(n, r);
  }
};
sc = Symbol.toStringTag;
pt[sc] = ((e) => ((e._nullCount = -1), (e[Symbol.isConcatSpreadable] = !0), 'RecordBatch'))(pt.prototype);
function As(e, t, n = t.reduce((i, r) => Math.max(i, r.length), 0)) {
  var i;
  const r = [...e.fields],
    s = [...t],
    o = ((n + 63) & -64) >> 3;
  for (const [a, c] of e.fields.entries()) {
    const l = t[a];
    (!l || l.length !== n) &&
      ((r[a] = c.clone({ nullable: !0 })),
      (s[a] =
        (i = l == null ? void 0 : l._changeLengthAndBackfillNullBitmap(n)) !== null && i !== void 0
          ? i
          : v({ type: c.type, length: n, nullCount: n, nullBitmap: new Uint8Array(o) })));
  }
  return [e.assign(r), v({ type: new lt(r), length: n, children: s })];
}
function oc(e, t, n = new Map()) {
  var i, r;
  if (
    ((i = e == null ? void 0 : e.length) !== null && i !== void 0 ? i : 0) > 0 &&
    (e == null ? void 0 : e.length) === (t == null ? void 0 : t.length)
  )
    for (let s = -1, o = e.length; ++s < o; ) {
      const { type: a } = e[s],
        c = t[s];
      for (const l of [
        c,
        ...(((r = c == null ? void 0 : c.dictionary) === null || r === void 0 ? void 0 : r.data) || []),
      ])
        oc(a.children, l == null ? void 0 : l.children, n);
      if (I.isDictionary(a)) {
        const { id: l } = a;
        if (!n.has(l)) c != null && c.dictionary && n.set(l, c.dictionary);
        else if (n.get(l) !== c.dictionary)
          throw new Error('Cannot create Schema containing two different dictionaries with the same Id');
      }
    }
  return n;
}
class zr extends pt {
  constructor(t) {
    const n = t.fields.map((r) => v({ type: r.type })),
      i = v({ type: new lt(t.fields), nullCount: 0, children: n });
    super(t, i);
  }
}
const ie = class Pt {
  constructor() {
    (this.bb = null), (this.bb_pos = 0);
  }
  __init(t, n) {
    return ((this.bb_pos = t), (this.bb = n), this);
  }
  static getRootAsMessage(t, n) {
    return (n || new Pt()).__init(t.readInt32(t.position()) + t.position(), t);
  }
  static getSizePrefixedRootAsMessage(t, n) {
    return (t.setPosition(t.position() + W), (n || new Pt()).__init(t.readInt32(t.position()) + t.position(), t));
  }
  version() {
    const t = this.bb.__offset(this.bb_pos, 4);
    return t ? this.bb.readInt16(this.bb_pos + t) : et.V1;
  }
  headerType() {
    const t = this.bb.__offset(this.bb_pos, 6);
    return t ? this.bb.readUint8(this.bb_pos + t) : j.NONE;
  }
  header(t) {
    const n = this.bb.__offset(this.bb_pos, 8);
    return n ? this.bb.__union(t, this.bb_pos + n) : null;
  }
  bodyLength() {
    const t = this.bb.__offset(this.bb_pos, 10);
    return t ? this.bb.readInt64(this.bb_pos + t) : BigInt('0');
  }
  customMetadata(t, n) {
    const i = this.bb.__offset(this.bb_pos, 12);
    return i ? (n || new it()).__init(this.bb.__indirect(this.bb.__vector(this.bb_pos + i) + t * 4), this.bb) : null;
  }
  customMetadataLength() {
    const t = this.bb.__offset(this.bb_pos, 12);
    return t ? this.bb.__vector_len(this.bb_pos + t) : 0;
  }
  static startMessage(t) {
    t.startObject(5);
  }
  static addVersion(t, n) {
    t.addFieldInt16(0, n, et.V1);
  }
  static addHeaderType(t, n) {
    t.addFieldInt8(1, n, j.NONE);
  }
  static addHeader(t, n) {
    t.addFieldOffset(2, n, 0);
  }
  static addBodyLength(t, n) {
    t.addFieldInt64(3, n, BigInt('0'));
  }
  static addCustomMetadata(t, n) {
    t.addFieldOffset(4, n, 0);
  }
  static createCustomMetadataVector(t, n) {
    t.startVector(4, n.length, 4);
    for (let i = n.length - 1; i >= 0; i--) t.addOffset(n[i]);
    return t.endVector();
  }
  static startCustomMetadataVector(t, n) {
    t.startVector(4, n, 4);
  }
  static endMessage(t) {
    return t.endObject();
  }
  static finishMessageBuffer(t, n) {
    t.finish(n);
  }
  static finishSizePrefixedMessageBuffer(t, n) {
    t.finish(n, void 0, !0);
  }
  static createMessage(t, n, i, r, s, o) {
    return (
      Pt.startMessage(t),
      Pt.addVersion(t, n),
      Pt.addHeaderType(t, i),
      Pt.addHeader(t, r),
      Pt.addBodyLength(t, s),
      Pt.addCustomMetadata(t, o),
      Pt.endMessage(t)
    );
  }
};
class Cu extends x {
  visit(t, n) {
    return t == null || n == null ? void 0 : super.visit(t, n);
  }
  visitNull(t, n) {
    return (ps.startNull(n), ps.endNull(n));
  }
  visitInt(t, n) {
    return (It.startInt(n), It.addBitWidth(n, t.bitWidth), It.addIsSigned(n, t.isSigned), It.endInt(n));
  }
  visitFloat(t, n) {
    return (jt.startFloatingPoint(n), jt.addPrecision(n, t.precision), jt.endFloatingPoint(n));
  }
  visitBinary(t, n) {
    return (us.startBinary(n), us.endBinary(n));
  }
  visitLargeBinary(t, n) {
    return (ds.startLargeBinary(n), ds.endLargeBinary(n));
  }
  visitBool(t, n) {
    return (fs.startBool(n), fs.endBool(n));
  }
  visitUtf8(t, n) {
    return (_s.startUtf8(n), _s.endUtf8(n));
  }
  visitLargeUtf8(t, n) {
    return (hs.startLargeUtf8(n), hs.endLargeUtf8(n));
  }
  visitDecimal(t, n) {
    return (
      Ue.startDecimal(n),
      Ue.addScale(n, t.scale),
      Ue.addPrecision(n, t.precision),
      Ue.addBitWidth(n, t.bitWidth),
      Ue.endDecimal(n)
    );
  }
  visitDate(t, n) {
    return (Hn.startDate(n), Hn.addUnit(n, t.unit), Hn.endDate(n));
  }
  visitTime(t, n) {
    return (Bt.startTime(n), Bt.addUnit(n, t.unit), Bt.addBitWidth(n, t.bitWidth), Bt.endTime(n));
  }
  visitTimestamp(t, n) {
    const i = (t.timezone && n.createString(t.timezone)) || void 0;
    return (Ot.startTimestamp(n), Ot.addUnit(n, t.unit), i !== void 0 && Ot.addTimezone(n, i), Ot.endTimestamp(n));
  }
  visitInterval(t, n) {
    return (zt.startInterval(n), zt.addUnit(n, t.unit), zt.endInterval(n));
  }
  visitDuration(t, n) {
    return (Qn.startDuration(n), Qn.addUnit(n, t.unit), Qn.endDuration(n));
  }
  visitList(t, n) {
    return (ys.startList(n), ys.endList(n));
  }
  visitStruct(t, n) {
    return (be.startStruct_(n), be.endStruct_(n));
  }
  visitUnion(t, n) {
    yt.startTypeIdsVector(n, t.typeIds.length);
    const i = yt.createTypeIdsVector(n, t.typeIds);
    return (yt.startUnion(n), yt.addMode(n, t.mode), yt.addTypeIds(n, i), yt.endUnion(n));
  }
  visitDictionary(t, n) {
    const i = this.visit(t.indices, n);
    return (
      Xt.startDictionaryEncoding(n),
      Xt.addId(n, BigInt(t.id)),
      Xt.addIsOrdered(n, t.isOrdered),
      i !== void 0 && Xt.addIndexType(n, i),
      Xt.endDictionaryEncoding(n)
    );
  }
  visitFixedSizeBinary(t, n) {
    return (Kn.startFixedSizeBinary(n), Kn.addByteWidth(n, t.byteWidth), Kn.endFixedSizeBinary(n));
  }
  visitFixedSizeList(t, n) {
    return (Jn.startFixedSizeList(n), Jn.addListSize(n, t.listSize), Jn.endFixedSizeList(n));
  }
  visitMap(t, n) {
    return (Zn.startMap(n), Zn.addKeysSorted(n, t.keysSorted), Zn.endMap(n));
  }
}
const Gi = new Cu();
function ku(e, t = new Map()) {
  return new Y(ju(e, t), ei(e.metadata), t);
}
function ac(e) {
  return new St(e.count, cc(e.columns), lc(e.columns));
}
function Vu(e) {
  return new Gt(ac(e.data), e.id, e.isDelta);
}
function ju(e, t) {
  return (e.fields || []).filter(Boolean).map((n) => J.fromJSON(n, t));
}
function Es(e, t) {
  return (e.children || []).filter(Boolean).map((n) => J.fromJSON(n, t));
}
function cc(e) {
  return (e || []).reduce((t, n) => [...t, new de(n.count, zu(n.VALIDITY)), ...cc(n.children)], []);
}
function lc(e, t = []) {
  for (let n = -1, i = (e || []).length; ++n < i; ) {
    const r = e[n];
    r.VALIDITY && t.push(new Yt(t.length, r.VALIDITY.length)),
      r.TYPE_ID && t.push(new Yt(t.length, r.TYPE_ID.length)),
      r.OFFSET && t.push(new Yt(t.length, r.OFFSET.length)),
      r.DATA && t.push(new Yt(t.length, r.DATA.length)),
      (t = lc(r.children, t));
  }
  return t;
}
function zu(e) {
  return (e || []).reduce((t, n) => t + +(n === 0), 0);
}
function $u(e, t) {
  let n, i, r, s, o, a;
  return (
    !t || !(s = e.dictionary)
      ? ((o = Os(e, Es(e, t))), (r = new J(e.name, o, e.nullable, ei(e.metadata))))
      : t.has((n = s.id))
        ? ((i = (i = s.indexType) ? Bs(i) : new Ae()),
          (a = new tn(t.get(n), i, n, s.isOrdered)),
          (r = new J(e.name, a, e.nullable, ei(e.metadata))))
        : ((i = (i = s.indexType) ? Bs(i) : new Ae()),
          t.set(n, (o = Os(e, Es(e, t)))),
          (a = new tn(o, i, n, s.isOrdered)),
          (r = new J(e.name, a, e.nullable, ei(e.metadata)))),
    r || null
  );
}
function ei(e = []) {
  return new Map(e.map(({ key: t, value: n }) => [t, n]));
}
function Bs(e) {
  return new mt(e.isSigned, e.bitWidth);
}
function Os(e, t) {
  const n = e.type.name;
  switch (n) {
    case 'NONE':
      return new le();
    case 'null':
      return new le();
    case 'binary':
      return new li();
    case 'largebinary':
      return new ui();
    case 'utf8':
      return new Ze();
    case 'largeutf8':
      return new fi();
    case 'bool':
      return new Xe();
    case 'list':
      return new mi((t || [])[0]);
    case 'struct':
      return new lt(t || []);
    case 'struct_':
      return new lt(t || []);
  }
  switch (n) {
    case 'int': {
      const i = e.type;
      return new mt(i.isSigned, i.bitWidth);
    }
    case 'floatingpoint': {
      const i = e.type;
      return new Je(st[i.precision]);
    }
    case 'decimal': {
      const i = e.type;
      return new di(i.scale, i.precision, i.bitWidth);
    }
    case 'date': {
      const i = e.type;
      return new Bn(vt[i.unit]);
    }
    case 'time': {
      const i = e.type;
      return new hi(O[i.unit], i.bitWidth);
    }
    case 'timestamp': {
      const i = e.type;
      return new yi(O[i.unit], i.timezone);
    }
    case 'interval': {
      const i = e.type;
      return new pi(qt[i.unit]);
    }
    case 'duration': {
      const i = e.type;
      return new _i(O[i.unit]);
    }
    case 'union': {
      const i = e.type,
        [r, ...s] = (i.mode + '').toLowerCase(),
        o = r.toUpperCase() + s.join('');
      return new gi(ct[o], i.typeIds || [], t || []);
    }
    case 'fixedsizebinary': {
      const i = e.type;
      return new bi(i.byteWidth);
    }
    case 'fixedsizelist': {
      const i = e.type;
      return new wi(i.listSize, (t || [])[0]);
    }
    case 'map': {
      const i = e.type;
      return new Ii((t || [])[0], i.keysSorted);
    }
  }
  throw new Error(`Unrecognized type: "${n}"`);
}
var Yu = po,
  Wu = Qe;
class ut {
  static fromJSON(t, n) {
    const i = new ut(0, et.V5, n);
    return ((i._createHeader = qu(t, n)), i);
  }
  static decode(t) {
    t = new Wu(C(t));
    const n = ie.getRootAsMessage(t),
      i = n.bodyLength(),
      r = n.version(),
      s = n.headerType(),
      o = new ut(i, r, s);
    return ((o._createHeader = Gu(n, s)), o);
  }
  static encode(t) {
    const n = new Yu();
    let i = -1;
    return (
      t.isSchema()
        ? (i = Y.encode(n, t.header()))
        : t.isRecordBatch()
          ? (i = St.encode(n, t.header()))
          : t.isDictionaryBatch() && (i = Gt.encode(n, t.header())),
      ie.startMessage(n),
      ie.addVersion(n, et.V5),
      ie.addHeader(n, i),
      ie.addHeaderType(n, t.headerType),
      ie.addBodyLength(n, BigInt(t.bodyLength)),
      ie.finishMessageBuffer(n, ie.endMessage(n)),
      n.asUint8Array()
    );
  }
  static from(t, n = 0) {
    if (t instanceof Y) return new ut(0, et.V5, j.Schema, t);
    if (t instanceof St) return new ut(n, et.V5, j.RecordBatch, t);
    if (t instanceof Gt) return new ut(n, et.V5, j.DictionaryBatch, t);
    throw new Error(`Unrecognized Message header: ${t}`);
  }
  get type() {
    return this.headerType;
  }
  get version() {
    return this._version;
  }
  get headerType() {
    return this._headerType;
  }
  get bodyLength() {
    return this._bodyLength;
  }
  header() {
    return this._createHeader();
  }
  isSchema() {
    return this.headerType === j.Schema;
  }
  isRecordBatch() {
    return this.headerType === j.RecordBatch;
  }
  isDictionaryBatch() {
    return this.headerType === j.DictionaryBatch;
  }
  constructor(t, n, i, r) {
    (this._version = n),
      (this._headerType = i),
      (this.body = new Uint8Array(0)),
      r && (this._createHeader = () => r),
      (this._bodyLength = H(t));
  }
}
class St {
  get nodes() {
    return this._nodes;
  }
  get length() {
    return this._length;
  }
  get buffers() {
    return this._buffers;
  }
  constructor(t, n, i) {
    (this._nodes = n), (this._buffers = i), (this._length = H(t));
  }
}
class Gt {
  get id() {
    return this._id;
  }
  get data() {
    return this._data;
  }
  get isDelta() {
    return this._isDelta;
  }
  get length() {
    return this.data.length;
  }
  get nodes() {
    return this.data.nodes;
  }
  get buffers() {
    return this.data.buffers;
  }
  constructor(t, n, i = !1) {
    (this._data = t), (this._isDelta = i), (this._id = H(n));
  }
}
class Yt {
  constructor(t, n) {
    (this.offset = H(t)), (this.length = H(n));
  }
}
class de {
  constructor(t, n) {
    (this.length = H(t)), (this.nullCount = H(n));
  }
}
function qu(e, t) {
  return () => {
    switch (t) {
      case j.Schema:
        return Y.fromJSON(e);
      case j.RecordBatch:
        return St.fromJSON(e);
      case j.DictionaryBatch:
        return Gt.fromJSON(e);
    }
    throw new Error(`Unrecognized Message type: { name: ${j[t]}, type: ${t} }`);
  };
}
function Gu(e, t) {
  return () => {
    switch (t) {
      case j.Schema:
        return Y.decode(e.header(new xt()), new Map(), e.version());
      case j.RecordBatch:
        return St.decode(e.header(new Qt()), e.version());
      case j.DictionaryBatch:
        return Gt.decode(e.header(new Fe()), e.version());
    }
    throw new Error(`Unrecognized Message type: { name: ${j[t]}, type: ${t} }`);
  };
}
J.encode = sf;
J.decode = nf;
J.fromJSON = $u;
Y.encode = rf;
Y.decode = Hu;
Y.fromJSON = ku;
St.encode = of;
St.decode = Qu;
St.fromJSON = ac;
Gt.encode = af;
Gt.decode = Ku;
Gt.fromJSON = Vu;
de.encode = cf;
de.decode = Zu;
Yt.encode = lf;
Yt.decode = Ju;
function Hu(e, t = new Map(), n = et.V5) {
  const i = ef(e, t);
  return new Y(i, ni(e), t, n);
}
function Qu(e, t = et.V5) {
  if (e.compression() !== null) throw new Error('Record batch compression not implemented');
  return new St(e.length(), Xu(e), tf(e, t));
}
function Ku(e, t = et.V5) {
  return new Gt(St.decode(e.data(), t), e.id(), e.isDelta());
}
function Ju(e) {
  return new Yt(e.offset(), e.length());
}
function Zu(e) {
  return new de(e.length(), e.nullCount());
}
function Xu(e) {
  const t = [];
  for (let n, i = -1, r = -1, s = e.nodesLength(); ++i < s; ) (n = e.nodes(i)) && (t[++r] = de.decode(n));
  return t;
}
function tf(e, t) {
  const n = [];
  for (let i, r = -1, s = -1, o = e.buffersLength(); ++r < o; )
    (i = e.buffers(r)) && (t < et.V4 && (i.bb_pos += 8 * (r + 1)), (n[++s] = Yt.decode(i)));
  return n;
}
function ef(e, t) {
  const n = [];
  for (let i, r = -1, s = -1, o = e.fieldsLength(); ++r < o; ) (i = e.fields(r)) && (n[++s] = J.decode(i, t));
  return n;
}
function Ts(e, t) {
  const n = [];
  for (let i, r = -1, s = -1, o = e.childrenLength(); ++r < o; ) (i = e.children(r)) && (n[++s] = J.decode(i, t));
  return n;
}
function nf(e, t) {
  let n, i, r, s, o, a;
  return (
    !t || !(a = e.dictionary())
      ? ((r = Ns(e, Ts(e, t))), (i = new J(e.name(), r, e.nullable(), ni(e))))
      : t.has((n = H(a.id())))
        ? ((s = (s = a.indexType()) ? Ds(s) : new Ae()),
          (o = new tn(t.get(n), s, n, a.isOrdered())),
          (i = new J(e.name(), o, e.nullable(), ni(e))))
        : ((s = (s = a.indexType()) ? Ds(s) : new Ae()),
          t.set(n, (r = Ns(e, Ts(e, t)))),
          (o = new tn(r, s, n, a.isOrdered())),
          (i = new J(e.name(), o, e.nullable(), ni(e)))),
    i || null
  );
}
function ni(e) {
  const t = new Map();
  if (e)
    for (let n, i, r = -1, s = Math.trunc(e.customMetadataLength()); ++r < s; )
      (n = e.customMetadata(r)) && (i = n.key()) != null && t.set(i, n.value());
  return t;
}
function Ds(e) {
  return new mt(e.isSigned(), e.bitWidth());
}
function Ns(e, t) {
  const n = e.typeType();
  switch (n) {
    case K.NONE:
      return new le();
    case K.Null:
      return new le();
    case K.Binary:
      return new li();
    case K.LargeBinary:
      return new ui();
    case K.Utf8:
      return new Ze();
    case K.LargeUtf8:
      return new fi();
    case K.Bool:
      return new Xe();
    case K.List:
      return new mi((t || [])[0]);
    case K.Struct_:
      return new lt(t || []);
  }
  switch (n) {
    case K.Int: {
      const i = e.type(new It());
      return new mt(i.isSigned(), i.bitWidth());
    }
    case K.FloatingPoint: {
      const i = e.type(new jt());
      return new Je(i.precision());
    }
    case K.Decimal: {
      const i = e.type(new Ue());
      return new di(i.scale(), i.precision(), i.bitWidth());
    }
    case K.Date: {
      const i = e.type(new Hn());
      return new Bn(i.unit());
    }
    case K.Time: {
      const i = e.type(new Bt());
      return new hi(i.unit(), i.bitWidth());
    }
    case K.Timestamp: {
      const i = e.type(new Ot());
      return new yi(i.unit(), i.timezone());
    }
    case K.Interval: {
      const i = e.type(new zt());
      return new pi(i.unit());
    }
    case K.Duration: {
      const i = e.type(new Qn());
      return new _i(i.unit());
    }
    case K.Union: {
      const i = e.type(new yt());
      return new gi(i.mode(), i.typeIdsArray() || [], t || []);
    }
    case K.FixedSizeBinary: {
      const i = e.type(new Kn());
      return new bi(i.byteWidth());
    }
    case K.FixedSizeList: {
      const i = e.type(new Jn());
      return new wi(i.listSize(), (t || [])[0]);
    }
    case K.Map: {
      const i = e.type(new Zn());
      return new Ii((t || [])[0], i.keysSorted());
    }
  }
  throw new Error(`Unrecognized type: "${K[n]}" (${n})`);
}
function rf(e, t) {
  const n = t.fields.map((s) => J.encode(e, s));
  xt.startFieldsVector(e, n.length);
  const i = xt.createFieldsVector(e, n),
    r =
      t.metadata && t.metadata.size > 0
        ? xt.createCustomMetadataVector(
            e,
            [...t.metadata].map(([s, o]) => {
              const a = e.createString(`${s}`),
                c = e.createString(`${o}`);
              return (it.startKeyValue(e), it.addKey(e, a), it.addValue(e, c), it.endKeyValue(e));
            }),
          )
        : -1;
  return (
    xt.startSchema(e),
    xt.addFields(e, i),
    xt.addEndianness(e, uf ? Ke.Little : Ke.Big),
    r !== -1 && xt.addCustomMetadata(e, r),
    xt.endSchema(e)
  );
}
function sf(e, t) {
  let n = -1,
    i = -1,
    r = -1;
  const s = t.type;
  let o = t.typeId;
  I.isDictionary(s)
    ? ((o = s.dictionary.typeId), (r = Gi.visit(s, e)), (i = Gi.visit(s.dictionary, e)))
    : (i = Gi.visit(s, e));
  const a = (s.children || []).map((f) => J.encode(e, f)),
    c = At.createChildrenVector(e, a),
    l =
      t.metadata && t.metadata.size > 0
        ? At.createCustomMetadataVector(
            e,
            [...t.metadata].map(([f, u]) => {
              const h = e.createString(`${f}`),
                y = e.createString(`${u}`);
              return (it.startKeyValue(e), it.addKey(e, h), it.addValue(e, y), it.endKeyValue(e));
            }),
          )
        : -1;
  return (
    t.name && (n = e.createString(t.name)),
    At.startField(e),
    At.addType(e, i),
    At.addTypeType(e, o),
    At.addChildren(e, c),
    At.addNullable(e, !!t.nullable),
    n !== -1 && At.addName(e, n),
    r !== -1 && At.addDictionary(e, r),
    l !== -1 && At.addCustomMetadata(e, l),
    At.endField(e)
  );
}
function of(e, t) {
  const n = t.nodes || [],
    i = t.buffers || [];
  Qt.startNodesVector(e, n.length);
  for (const o of n.slice().reverse()) de.encode(e, o);
  const r = e.endVector();
  Qt.startBuffersVector(e, i.length);
  for (const o of i.slice().reverse()) Yt.encode(e, o);
  const s = e.endVector();
  return (
    Qt.startRecordBatch(e),
    Qt.addLength(e, BigInt(t.length)),
    Qt.addNodes(e, r),
    Qt.addBuffers(e, s),
    Qt.endRecordBatch(e)
  );
}
function af(e, t) {
  const n = St.encode(e, t.data);
  return (
    Fe.startDictionaryBatch(e),
    Fe.addId(e, BigInt(t.id)),
    Fe.addIsDelta(e, t.isDelta),
    Fe.addData(e, n),
    Fe.endDictionaryBatch(e)
  );
}
function cf(e, t) {
  return go.createFieldNode(e, BigInt(t.length), BigInt(t.nullCount));
}
function lf(e, t) {
  return mo.createBuffer(e, BigInt(t.offset), BigInt(t.length));
}
const uf = (() => {
    const e = new ArrayBuffer(2);
    return (new DataView(e).setInt16(0, 256, !0), new Int16Array(e)[0] === 256);
  })(),
  $r = (e) => `Expected ${j[e]} Message in stream, but was null or length 0.`,
  Yr = (e) => `Header pointer of flatbuffer-encoded ${j[e]} Message is null or length 0.`,
  uc = (e, t) => `Expected to read ${e} metadata bytes, but only read ${t}.`,
  fc = (e, t) => `Expected to read ${e} bytes for message body, but only read ${t}.`;
class dc {
  constructor(t) {
    this.source = t instanceof Oi ? t : new Oi(t);
  }
  [Symbol.iterator]() {
    return this;
  }
  next() {
    let t;
    return (t = this.readMetadataLength()).done ||
      (t.value === -1 && (t = this.readMetadataLength()).done) ||
      (t = this.readMetadata(t.value)).done
      ? Z
      : t;
  }
  throw(t) {
    return this.source.throw(t);
  }
  return(t) {
    return this.source.return(t);
  }
  readMessage(t) {
    let n;
    if ((n = this.next()).done) return null;
    if (t != null && n.value.headerType !== t) throw new Error($r(t));
    return n.value;
  }
  readMessageBody(t) {
    if (t <= 0) return new Uint8Array(0);
    const n = C(this.source.read(t));
    if (n.byteLength < t) throw new Error(fc(t, n.byteLength));
    return n.byteOffset % 8 === 0 && n.byteOffset + n.byteLength <= n.buffer.byteLength ? n : n.slice();
  }
  readSchema(t = !1) {
    const n = j.Schema,
      i = this.readMessage(n),
      r = i == null ? void 0 : i.header();
    if (t && !r) throw new Error(Yr(n));
    return r;
  }
  readMetadataLength() {
    const t = this.source.read(Ci),
      n = t && new Qe(t),
      i = (n == null ? void 0 : n.readInt32(0)) || 0;
    return { done: i === 0, value: i };
  }
  readMetadata(t) {
    const n = this.source.read(t);
    if (!n) return Z;
    if (n.byteLength < t) throw new Error(uc(t, n.byteLength));
    return { done: !1, value: ut.decode(n) };
  }
}
class ff {
  constructor(t, n) {
    this.source = t instanceof en ? t : co(t) ? new Ti(t, n) : new en(t);
  }
  [Symbol.asyncIterator]() {
    return this;
  }
  next() {
    return M(this, void 0, void 0, function* () {
      let t;
      return (t = yield this.readMetadataLength()).done ||
        (t.value === -1 && (t = yield this.readMetadataLength()).done) ||
        (t = yield this.readMetadata(t.value)).done
        ? Z
        : t;
    });
  }
  throw(t) {
    return M(this, void 0, void 0, function* () {
      return yield this.source.throw(t);
    });
  }
  return(t) {
    return M(this, void 0, void 0, function* () {
      return yield this.source.return(t);
    });
  }
  readMessage(t) {
    return M(this, void 0, void 0, function* () {
      let n;
      if ((n = yield this.next()).done) return null;
      if (t != null && n.value.headerType !== t) throw new Error($r(t));
      return n.value;
    });
  }
  readMessageBody(t) {
    return M(this, void 0, void 0, function* () {
      if (t <= 0) return new Uint8Array(0);
      const n = C(yield this.source.read(t));
      if (n.byteLength < t) throw new Error(fc(t, n.byteLength));
      return n.byteOffset % 8 === 0 && n.byteOffset + n.byteLength <= n.buffer.byteLength ? n : n.slice();
    });
  }
  readSchema() {
    return M(this, arguments, void 0, function* (t = !1) {
      const n = j.Schema,
        i = yield this.readMessage(n),
        r = i == null ? void 0 : i.header();
      if (t && !r) throw new Error(Yr(n));
      return r;
    });
  }
  readMetadataLength() {
    return M(this, void 0, void 0, function* () {
      const t = yield this.source.read(Ci),
        n = t && new Qe(t),
        i = (n == null ? void 0 : n.readInt32(0)) || 0;
      return { done: i === 0, value: i };
    });
  }
  readMetadata(t) {
    return M(this, void 0, void 0, function* () {
      const n = yield this.source.read(t);
      if (!n) return Z;
      if (n.byteLength < t) throw new Error(uc(t, n.byteLength));
      return { done: !1, value: ut.decode(n) };
    });
  }
}
class df extends dc {
  constructor(t) {
    super(new Uint8Array(0)),
      (this._schema = !1),
      (this._body = []),
      (this._batchIndex = 0),
      (this._dictionaryIndex = 0),
      (this._json = t instanceof vs ? t : new vs(t));
  }
  next() {
    const { _json: t } = this;
    if (!this._schema) return ((this._schema = !0), { done: !1, value: ut.fromJSON(t.schema, j.Schema) });
    if (this._dictionaryIndex < t.dictionaries.length) {
      const n = t.dictionaries[this._dictionaryIndex++];
      return ((this._body = n.data.columns), { done: !1, value: ut.fromJSON(n, j.DictionaryBatch) });
    }
    if (this._batchIndex < t.batches.length) {
      const n = t.batches[this._batchIndex++];
      return ((this._body = n.columns), { done: !1, value: ut.fromJSON(n, j.RecordBatch) });
    }
    return ((this._body = []), Z);
  }
  readMessageBody(t) {
    return n(this._body);
    function n(i) {
      return (i || []).reduce(
        (r, s) => [
          ...r,
          ...((s.VALIDITY && [s.VALIDITY]) || []),
          ...((s.TYPE_ID && [s.TYPE_ID]) || []),
          ...((s.OFFSET && [s.OFFSET]) || []),
          ...((s.DATA && [s.DATA]) || []),
          ...n(s.children),
        ],
        [],
      );
    }
  }
  readMessage(t) {
    let n;
    if ((n = this.next()).done) return null;
    if (t != null && n.value.headerType !== t) throw new Error($r(t));
    return n.value;
  }
  readSchema() {
    const t = j.Schema,
      n = this.readMessage(t),
      i = n == null ? void 0 : n.header();
    if (!n || !i) throw new Error(Yr(t));
    return i;
  }
}
const Ci = 4,
  dr = 'ARROW1',
  Tn = new Uint8Array(dr.length);
for (let e = 0; e < dr.length; e += 1) Tn[e] = dr.codePointAt(e);
function Wr(e, t = 0) {
  for (let n = -1, i = Tn.length; ++n < i; ) if (Tn[n] !== e[t + n]) return !1;
  return !0;
}
const Pn = Tn.length,
  hc = Pn + Ci,
  hf = Pn * 2 + Ci;
class Dt extends xr {
  constructor(t) {
    super(), (this._impl = t);
  }
  get closed() {
    return this._impl.closed;
  }
  get schema() {
    return this._impl.schema;
  }
  get autoDestroy() {
    return this._impl.autoDestroy;
  }
  get dictionaries() {
    return this._impl.dictionaries;
  }
  get numDictionaries() {
    return this._impl.numDictionaries;
  }
  get numRecordBatches() {
    return this._impl.numRecordBatches;
  }
  get footer() {
    return this._impl.isFile() ? this._impl.footer : null;
  }
  isSync() {
    return this._impl.isSync();
  }
  isAsync() {
    return this._impl.isAsync();
  }
  isFile() {
    return this._impl.isFile();
  }
  isStream() {
    return this._impl.isStream();
  }
  next() {
    return this._impl.next();
  }
  throw(t) {
    return this._impl.throw(t);
  }
  return(t) {
    return this._impl.return(t);
  }
  cancel() {
    return this._impl.cancel();
  }
  reset(t) {
    return (this._impl.reset(t), (this._DOMStream = void 0), (this._nodeStream = void 0), this);
  }
  open(t) {
    const n = this._impl.open(t);
    return Se(n) ? n.then(() => this) : this;
  }
  readRecordBatch(t) {
    return this._impl.isFile() ? this._impl.readRecordBatch(t) : null;
  }
  [Symbol.iterator]() {
    return this._impl[Symbol.iterator]();
  }
  [Symbol.asyncIterator]() {
    return this._impl[Symbol.asyncIterator]();
  }
  toDOMStream() {
    return Et.toDOMStream(this.isSync() ? { [Symbol.iterator]: () => this } : { [Symbol.asyncIterator]: () => this });
  }
  toNodeStream() {
    return Et.toNodeStream(this.isSync() ? { [Symbol.iterator]: () => this } : { [Symbol.asyncIterator]: () => this });
  }
  static throughNode(t) {
    throw new Error('"throughNode" not available in this environment');
  }
  static throughDOM(t, n) {
    throw new Error('"throughDOM" not available in this environment');
  }
  static from(t) {
    return t instanceof Dt
      ? t
      : nr(t)
        ? mf(t)
        : co(t)
          ? wf(t)
          : Se(t)
            ? M(this, void 0, void 0, function* () {
                return yield Dt.from(yield t);
              })
            : lo(t) || Br(t) || uo(t) || rn(t)
              ? bf(new en(t))
              : gf(new Oi(t));
  }
  static readAll(t) {
    return t instanceof Dt
      ? t.isSync()
        ? Rs(t)
        : Fs(t)
      : nr(t) || ArrayBuffer.isView(t) || Fn(t) || ao(t)
        ? Rs(t)
        : Fs(t);
  }
}
class Di extends Dt {
  constructor(t) {
    super(t), (this._impl = t);
  }
  readAll() {
    return [...this];
  }
  [Symbol.iterator]() {
    return this._impl[Symbol.iterator]();
  }
  [Symbol.asyncIterator]() {
    return $t(this, arguments, function* () {
      yield P(yield* Gn(Ie(this[Symbol.iterator]())));
    });
  }
}
class Ni extends Dt {
  constructor(t) {
    super(t), (this._impl = t);
  }
  readAll() {
    return M(this, void 0, void 0, function* () {
      var t, n, i, r;
      const s = [];
      try {
        for (var o = !0, a = Ie(this), c; (c = yield a.next()), (t = c.done), !t; o = !0) {
          (r = c.value), (o = !1);
          const l = r;
          s.push(l);
        }
      } catch (l) {
        n = { error: l };
      } finally {
        try {
          !o && !t && (i = a.return) && (yield i.call(a));
        } finally {
          if (n) throw n.error;
        }
      }
      return s;
    });
  }
  [Symbol.iterator]() {
    throw new Error('AsyncRecordBatchStreamReader is not Iterable');
  }
  [Symbol.asyncIterator]() {
    return this._impl[Symbol.asyncIterator]();
  }
}
class yc extends Di {
  constructor(t) {
    super(t), (this._impl = t);
  }
}
class yf extends Ni {
  constructor(t) {
    super(t), (this._impl = t);
  }
}
class pc {
  get numDictionaries() {
    return this._dictionaryIndex;
  }
  get numRecordBatches() {
    return this._recordBatchIndex;
  }
  constructor(t = new Map()) {
    (this.closed = !1),
      (this.autoDestroy = !0),
      (this._dictionaryIndex = 0),
      (this._recordBatchIndex = 0),
      (this.dictionaries = t);
  }
  isSync() {
    return !1;
  }
  isAsync() {
    return !1;
  }
  isFile() {
    return !1;
  }
  isStream() {
    return !1;
  }
  reset(t) {
    return (
      (this._dictionaryIndex = 0),
      (this._recordBatchIndex = 0),
      (this.schema = t),
      (this.dictionaries = new Map()),
      this
    );
  }
  _loadRecordBatch(t, n) {
    const i = this._loadVectors(t, n, this.schema.fields),
      r = v({ type: new lt(this.schema.fields), length: t.length, children: i });
    return new pt(this.schema, r);
  }
  _loadDictionaryBatch(t, n) {
    const { id: i, isDelta: r } = t,
      { dictionaries: s, schema: o } = this,
      a = s.get(i),
      c = o.dictionaries.get(i),
      l = this._loadVectors(t.data, n, [c]);
    return (a && r ? a.concat(new U(l)) : new U(l)).memoize();
  }
  _loadVectors(t, n, i) {
    return new ic(n, t.nodes, t.buffers, this.dictionaries, this.schema.metadataVersion).visitMany(i);
  }
}
class Ri extends pc {
  constructor(t, n) {
    super(n), (this._reader = nr(t) ? new df((this._handle = t)) : new dc((this._handle = t)));
  }
  isSync() {
    return !0;
  }
  isStream() {
    return !0;
  }
  [Symbol.iterator]() {
    return this;
  }
  cancel() {
    !this.closed &&
      (this.closed = !0) &&
      (this.reset()._reader.return(), (this._reader = null), (this.dictionaries = null));
  }
  open(t) {
    return (
      this.closed ||
        ((this.autoDestroy = mc(this, t)), this.schema || (this.schema = this._reader.readSchema()) || this.cancel()),
      this
    );
  }
  throw(t) {
    return !this.closed && this.autoDestroy && (this.closed = !0) ? this.reset()._reader.throw(t) : Z;
  }
  return(t) {
    return !this.closed && this.autoDestroy && (this.closed = !0) ? this.reset()._reader.return(t) : Z;
  }
  next() {
    if (this.closed) return Z;
    let t;
    const { _reader: n } = this;
    for (; (t = this._readNextMessageAndValidate()); )
      if (t.isSchema()) this.reset(t.header());
      else if (t.isRecordBatch()) {
        this._recordBatchIndex++;
        const i = t.header(),
          r = n.readMessageBody(t.bodyLength);
        return { done: !1, value: this._loadRecordBatch(i, r) };
      } else if (t.isDictionaryBatch()) {
        this._dictionaryIndex++;
        const i = t.header(),
          r = n.readMessageBody(t.bodyLength),
          s = this._loadDictionaryBatch(i, r);
        this.dictionaries.set(i.id, s);
      }
    return this.schema && this._recordBatchIndex === 0
      ? (this._recordBatchIndex++, { done: !1, value: new zr(this.schema) })
      : this.return();
  }
  _readNextMessageAndValidate(t) {
    return this._reader.readMessage(t);
  }
}
class Fi extends pc {
  constructor(t, n) {
    super(n), (this._reader = new ff((this._handle = t)));
  }
  isAsync() {
    return !0;
  }
  isStream() {
    return !0;
  }
  [Symbol.asyncIterator]() {
    return this;
  }
  cancel() {
    return M(this, void 0, void 0, function* () {
      !this.closed &&
        (this.closed = !0) &&
        (yield this.reset()._reader.return(), (this._reader = null), (this.dictionaries = null));
    });
  }
  open(t) {
    return M(this, void 0, void 0, function* () {
      return (
        this.closed ||
          ((this.autoDestroy = mc(this, t)),
          this.schema || (this.schema = yield this._reader.readSchema()) || (yield this.cancel())),
        this
      );
    });
  }
  throw(t) {
    return M(this, void 0, void 0, function* () {
      return !this.closed && this.autoDestroy && (this.closed = !0) ? yield this.reset()._reader.throw(t) : Z;
    });
  }
  return(t) {
    return M(this, void 0, void 0, function* () {
      return !this.closed && this.autoDestroy && (this.closed = !0) ? yield this.reset()._reader.return(t) : Z;
    });
  }
  next() {
    return M(this, void 0, void 0, function* () {
      if (this.closed) return Z;
      let t;
      const { _reader: n } = this;
      for (; (t = yield this._readNextMessageAndValidate()); )
        if (t.isSchema()) yield this.reset(t.header());
        else if (t.isRecordBatch()) {
          this._recordBatchIndex++;
          const i = t.header(),
            r = yield n.readMessageBody(t.bodyLength);
          return { done: !1, value: this._loadRecordBatch(i, r) };
        } else if (t.isDictionaryBatch()) {
          this._dictionaryIndex++;
          const i = t.header(),
            r = yield n.readMessageBody(t.bodyLength),
            s = this._loadDictionaryBatch(i, r);
          this.dictionaries.set(i.id, s);
        }
      return this.schema && this._recordBatchIndex === 0
        ? (this._recordBatchIndex++, { done: !1, value: new zr(this.schema) })
        : yield this.return();
    });
  }
  _readNextMessageAndValidate(t) {
    return M(this, void 0, void 0, function* () {
      return yield this._reader.readMessage(t);
    });
  }
}
class _c extends Ri {
  get footer() {
    return this._footer;
  }
  get numDictionaries() {
    return this._footer ? this._footer.numDictionaries : 0;
  }
  get numRecordBatches() {
    return this._footer ? this._footer.numRecordBatches : 0;
  }
  constructor(t, n) {
    super(t instanceof Ss ? t : new Ss(t), n);
  }
  isSync() {
    return !0;
  }
  isFile() {
    return !0;
  }
  open(t) {
    if (!this.closed && !this._footer) {
      this.schema = (this._footer = this._readFooter()).schema;
      for (const n of this._footer.dictionaryBatches()) n && this._readDictionaryBatch(this._dictionaryIndex++);
    }
    return super.open(t);
  }
  readRecordBatch(t) {
    var n;
    if (this.closed) return null;
    this._footer || this.open();
    const i = (n = this._footer) === null || n === void 0 ? void 0 : n.getRecordBatch(t);
    if (i && this._handle.seek(i.offset)) {
      const r = this._reader.readMessage(j.RecordBatch);
      if (r != null && r.isRecordBatch()) {
        const s = r.header(),
          o = this._reader.readMessageBody(r.bodyLength);
        return this._loadRecordBatch(s, o);
      }
    }
    return null;
  }
  _readDictionaryBatch(t) {
    var n;
    const i = (n = this._footer) === null || n === void 0 ? void 0 : n.getDictionaryBatch(t);
    if (i && this._handle.seek(i.offset)) {
      const r = this._reader.readMessage(j.DictionaryBatch);
      if (r != null && r.isDictionaryBatch()) {
        const s = r.header(),
          o = this._reader.readMessageBody(r.bodyLength),
          a = this._loadDictionaryBatch(s, o);
        this.dictionaries.set(s.id, a);
      }
    }
  }
  _readFooter() {
    const { _handle: t } = this,
      n = t.size - hc,
      i = t.readInt32(n),
      r = t.readAt(n - i, i);
    return On.decode(r);
  }
  _readNextMessageAndValidate(t) {
    var n;
    if ((this._footer || this.open(), this._footer && this._recordBatchIndex < this.numRecordBatches)) {
      const i = (n = this._footer) === null || n === void 0 ? void 0 : n.getRecordBatch(this._recordBatchIndex);
      if (i && this._handle.seek(i.offset)) return this._reader.readMessage(t);
    }
    return null;
  }
}
class pf extends Fi {
  get footer() {
    return this._footer;
  }
  get numDictionaries() {
    return this._footer ? this._footer.numDictionaries : 0;
  }
  get numRecordBatches() {
    return this._footer ? this._footer.numRecordBatches : 0;
  }
  constructor(t, ...n) {
    const i = typeof n[0] != 'number' ? n.shift() : void 0,
      r = n[0] instanceof Map ? n.shift() : void 0;
    super(t instanceof Ti ? t : new Ti(t, i), r);
  }
  isFile() {
    return !0;
  }
  isAsync() {
    return !0;
  }
  open(t) {
    const n = Object.create(null, { open: { get: () => super.open } });
    return M(this, void 0, void 0, function* () {
      if (!this.closed && !this._footer) {
        this.schema = (this._footer = yield this._readFooter()).schema;
        for (const i of this._footer.dictionaryBatches())
          i && (yield this._readDictionaryBatch(this._dictionaryIndex++));
      }
      return yield n.open.call(this, t);
    });
  }
  readRecordBatch(t) {
    return M(this, void 0, void 0, function* () {
      var n;
      if (this.closed) return null;
      this._footer || (yield this.open());
      const i = (n = this._footer) === null || n === void 0 ? void 0 : n.getRecordBatch(t);
      if (i && (yield this._handle.seek(i.offset))) {
        const r = yield this._reader.readMessage(j.RecordBatch);
        if (r != null && r.isRecordBatch()) {
          const s = r.header(),
            o = yield this._reader.readMessageBody(r.bodyLength);
          return this._loadRecordBatch(s, o);
        }
      }
      return null;
    });
  }
  _readDictionaryBatch(t) {
    return M(this, void 0, void 0, function* () {
      var n;
      const i = (n = this._footer) === null || n === void 0 ? void 0 : n.getDictionaryBatch(t);
      if (i && (yield this._handle.seek(i.offset))) {
        const r = yield this._reader.readMessage(j.DictionaryBatch);
        if (r != null && r.isDictionaryBatch()) {
          const s = r.header(),
            o = yield this._reader.readMessageBody(r.bodyLength),
            a = this._loadDictionaryBatch(s, o);
          this.dictionaries.set(s.id, a);
        }
      }
    });
  }
  _readFooter() {
    return M(this, void 0, void 0, function* () {
      const { _handle: t } = this;
      t._pending && (yield t._pending);
      const n = t.size - hc,
        i = yield t.readInt32(n),
        r = yield t.readAt(n - i, i);
      return On.decode(r);
    });
  }
  _readNextMessageAndValidate(t) {
    return M(this, void 0, void 0, function* () {
      if ((this._footer || (yield this.open()), this._footer && this._recordBatchIndex < this.numRecordBatches)) {
        const n = this._footer.getRecordBatch(this._recordBatchIndex);
        if (n && (yield this._handle.seek(n.offset))) return yield this._reader.readMessage(t);
      }
      return null;
    });
  }
}
class _f extends Ri {
  constructor(t, n) {
    super(t, n);
  }
  _loadVectors(t, n, i) {
    return new Tu(n, t.nodes, t.buffers, this.dictionaries, this.schema.metadataVersion).visitMany(i);
  }
}
function mc(e, t) {
  return t && typeof t.autoDestroy == 'boolean' ? t.autoDestroy : e.autoDestroy;
}
function* Rs(e) {
  const t = Dt.from(e);
  try {
    if (!t.open({ autoDestroy: !1 }).closed)
      do yield t;
      while (!t.reset().open().closed);
  } finally {
    t.cancel();
  }
}
function Fs(e) {
  return $t(this, arguments, function* () {
    const n = yield P(Dt.from(e));
    try {
      if (!(yield P(n.open({ autoDestroy: !1 }))).closed)
        do yield yield P(n);
        while (!(yield P(n.reset().open())).closed);
    } finally {
      yield P(n.cancel());
    }
  });
}
function mf(e) {
  return new Di(new _f(e));
}
function gf(e) {
  const t = e.peek((Pn + 7) & -8);
  return t && t.byteLength >= 4
    ? Wr(t)
      ? new yc(new _c(e.read()))
      : new Di(new Ri(e))
    : new Di(new Ri((function* () {})()));
}
function bf(e) {
  return M(this, void 0, void 0, function* () {
    const t = yield e.peek((Pn + 7) & -8);
    return t && t.byteLength >= 4
      ? Wr(t)
        ? new yc(new _c(yield e.read()))
        : new Ni(new Fi(e))
      : new Ni(
          new Fi(
            (function () {
              return $t(this, arguments, function* () {});
            })(),
          ),
        );
  });
}
function wf(e) {
  return M(this, void 0, void 0, function* () {
    const { size: t } = yield e.stat(),
      n = new Ti(e, t);
    return t >= hf && Wr(yield n.readAt(0, (Pn + 7) & -8)) ? new yf(new pf(n)) : new Ni(new Fi(n));
  });
}
class X extends x {
  static assemble(...t) {
    const n = (r) => r.flatMap((s) => (Array.isArray(s) ? n(s) : s instanceof pt ? s.data.children : s.data)),
      i = new X();
    return (i.visitMany(n(t)), i);
  }
  constructor() {
    super(), (this._byteLength = 0), (this._nodes = []), (this._buffers = []), (this._bufferRegions = []);
  }
  visit(t) {
    if (t instanceof U) return (this.visitMany(t.data), this);
    const { type: n } = t;
    if (!I.isDictionary(n)) {
      const { length: i } = t;
      if (i > 2147483647) throw new RangeError('Cannot write arrays larger than 2^31 - 1 in length');
      if (I.isUnion(n)) this.nodes.push(new de(i, 0));
      else {
        const { nullCount: r } = t;
        I.isNull(n) || Ft.call(this, r <= 0 ? new Uint8Array(0) : vi(t.offset, i, t.nullBitmap)),
          this.nodes.push(new de(i, r));
      }
    }
    return super.visit(t);
  }
  visitNull(t) {
    return this;
  }
  visitDictionary(t) {
    return this.visit(t.clone(t.type.indices));
  }
  get nodes() {
    return this._nodes;
  }
  get buffers() {
    return this._buffers;
  }
  get byteLength() {
    return this._byteLength;
  }
  get bufferRegions() {
    return this._bufferRegions;
  }
}
function Ft(e) {
  const t = (e.byteLength + 7) & -8;
  return (this.buffers.push(e), this.bufferRegions.push(new Yt(this._byteLength, t)), (this._byteLength += t), this);
}
function If(e) {
  var t;
  const { type: n, length: i, typeIds: r, valueOffsets: s } = e;
  if ((Ft.call(this, r), n.mode === ct.Sparse)) return hr.call(this, e);
  if (n.mode === ct.Dense) {
    if (e.offset <= 0) return (Ft.call(this, s), hr.call(this, e));
    {
      const o = new Int32Array(i),
        a = Object.create(null),
        c = Object.create(null);
      for (let l, f, u = -1; ++u < i; )
        (l = r[u]) !== void 0 &&
          ((f = a[l]) === void 0 && (f = a[l] = s[u]),
          (o[u] = s[u] - f),
          (c[l] = ((t = c[l]) !== null && t !== void 0 ? t : 0) + 1));
      Ft.call(this, o),
        this.visitMany(
          e.children.map((l, f) => {
            const u = n.typeIds[f],
              h = a[u],
              y = c[u];
            return l.slice(h, Math.min(i, y));
          }),
        );
    }
  }
  return this;
}
function vf(e) {
  let t;
  return e.nullCount >= e.length
    ? Ft.call(this, new Uint8Array(0))
    : (t = e.values) instanceof Uint8Array
      ? Ft.call(this, vi(e.offset, e.length, t))
      : Ft.call(this, Si(e.values));
}
function ne(e) {
  return Ft.call(this, e.values.subarray(0, e.length * e.stride));
}
function ki(e) {
  const { length: t, values: n, valueOffsets: i } = e,
    r = H(i[0]),
    s = H(i[t]),
    o = Math.min(s - r, n.byteLength - r);
  return (Ft.call(this, ho(-r, t + 1, i)), Ft.call(this, n.subarray(r, r + o)), this);
}
function qr(e) {
  const { length: t, valueOffsets: n } = e;
  if (n) {
    const { [0]: i, [t]: r } = n;
    return (Ft.call(this, ho(-i, t + 1, n)), this.visit(e.children[0].slice(i, r - i)));
  }
  return this.visit(e.children[0]);
}
function hr(e) {
  return this.visitMany(e.type.children.map((t, n) => e.children[n]).filter(Boolean))[0];
}
X.prototype.visitBool = vf;
X.prototype.visitInt = ne;
X.prototype.visitFloat = ne;
X.prototype.visitUtf8 = ki;
X.prototype.visitLargeUtf8 = ki;
X.prototype.visitBinary = ki;
X.prototype.visitLargeBinary = ki;
X.prototype.visitFixedSizeBinary = ne;
X.prototype.visitDate = ne;
X.prototype.visitTimestamp = ne;
X.prototype.visitTime = ne;
X.prototype.visitDecimal = ne;
X.prototype.visitList = qr;
X.prototype.visitStruct = hr;
X.prototype.visitUnion = If;
X.prototype.visitInterval = ne;
X.prototype.visitDuration = ne;
X.prototype.visitFixedSizeList = qr;
X.prototype.visitMap = qr;
class gc extends xr {
  static throughNode(t) {
    throw new Error('"throughNode" not available in this environment');
  }
  static throughDOM(t, n) {
    throw new Error('"throughDOM" not available in this environment');
  }
  constructor(t) {
    super(),
      (this._position = 0),
      (this._started = !1),
      (this._sink = new ti()),
      (this._schema = null),
      (this._dictionaryBlocks = []),
      (this._recordBatchBlocks = []),
      (this._seenDictionaries = new Map()),
      (this._dictionaryDeltaOffsets = new Map()),
      _t(t) || (t = { autoDestroy: !0, writeLegacyIpcFormat: !1 }),
      (this._autoDestroy = typeof t.autoDestroy == 'boolean' ? t.autoDestroy : !0),
      (this._writeLegacyIpcFormat = typeof t.writeLegacyIpcFormat == 'boolean' ? t.writeLegacyIpcFormat : !1);
  }
  toString(t = !1) {
    return this._sink.toString(t);
  }
  toUint8Array(t = !1) {
    return this._sink.toUint8Array(t);
  }
  writeAll(t) {
    return Se(t) ? t.then((n) => this.writeAll(n)) : rn(t) ? Kr(this, t) : Qr(this, t);
  }
  get closed() {
    return this._sink.closed;
  }
  [Symbol.asyncIterator]() {
    return this._sink[Symbol.asyncIterator]();
  }
  toDOMStream(t) {
    return this._sink.toDOMStream(t);
  }
  toNodeStream(t) {
    return this._sink.toNodeStream(t);
  }
  close() {
    return this.reset()._sink.close();
  }
  abort(t) {
    return this.reset()._sink.abort(t);
  }
  finish() {
    return (this._autoDestroy ? this.close() : this.reset(this._sink, this._schema), this);
  }
  reset(t = this._sink, n = null) {
    return (
      t === this._sink || t instanceof ti
        ? (this._sink = t)
        : ((this._sink = new ti()),
          t && Jc(t)
            ? this.toDOMStream({ type: 'bytes' }).pipeTo(t)
            : t && Zc(t) && this.toNodeStream({ objectMode: !1 }).pipe(t)),
      this._started && this._schema && this._writeFooter(this._schema),
      (this._started = !1),
      (this._dictionaryBlocks = []),
      (this._recordBatchBlocks = []),
      (this._seenDictionaries = new Map()),
      (this._dictionaryDeltaOffsets = new Map()),
      (!n || !fr(n, this._schema)) &&
        (n == null
          ? ((this._position = 0), (this._schema = null))
          : ((this._started = !0), (this._schema = n), this._writeSchema(n))),
      this
    );
  }
  write(t) {
    let n = null;
    if (this._sink) {
      if (t == null) return this.finish() && void 0;
      if (t instanceof at && !(n = t.schema)) return this.finish() && void 0;
      if (t instanceof pt && !(n = t.schema)) return this.finish() && void 0;
    } else throw new Error('RecordBatchWriter is closed');
    if (n && !fr(n, this._schema)) {
      if (this._started && this._autoDestroy) return this.close();
      this.reset(this._sink, n);
    }
    t instanceof pt
      ? t instanceof zr || this._writeRecordBatch(t)
      : t instanceof at
        ? this.writeAll(t.batches)
        : Fn(t) && this.writeAll(t);
  }
  _writeMessage(t, n = 8) {
    const i = n - 1,
      r = ut.encode(t),
      s = r.byteLength,
      o = this._writeLegacyIpcFormat ? 4 : 8,
      a = (s + o + i) & ~i,
      c = a - s - o;
    return (
      t.headerType === j.RecordBatch
        ? this._recordBatchBlocks.push(new ue(a, t.bodyLength, this._position))
        : t.headerType === j.DictionaryBatch && this._dictionaryBlocks.push(new ue(a, t.bodyLength, this._position)),
      this._writeLegacyIpcFormat || this._write(Int32Array.of(-1)),
      this._write(Int32Array.of(a - o)),
      s > 0 && this._write(r),
      this._writePadding(c)
    );
  }
  _write(t) {
    if (this._started) {
      const n = C(t);
      n && n.byteLength > 0 && (this._sink.write(n), (this._position += n.byteLength));
    }
    return this;
  }
  _writeSchema(t) {
    return this._writeMessage(ut.from(t));
  }
  _writeFooter(t) {
    return this._writeLegacyIpcFormat ? this._write(Int32Array.of(0)) : this._write(Int32Array.of(-1, 0));
  }
  _writeMagic() {
    return this._write(Tn);
  }
  _writePadding(t) {
    return t > 0 ? this._write(new Uint8Array(t)) : this;
  }
  _writeRecordBatch(t) {
    const { byteLength: n, nodes: i, bufferRegions: r, buffers: s } = X.assemble(t),
      o = new St(t.numRows, i, r),
      a = ut.from(o, n);
    return this._writeDictionaries(t)._writeMessage(a)._writeBodyBuffers(s);
  }
  _writeDictionaryBatch(t, n, i = !1) {
    const { byteLength: r, nodes: s, bufferRegions: o, buffers: a } = X.assemble(new U([t])),
      c = new St(t.length, s, o),
      l = new Gt(c, n, i),
      f = ut.from(l, r);
    return this._writeMessage(f)._writeBodyBuffers(a);
  }
  _writeBodyBuffers(t) {
    let n, i, r;
    for (let s = -1, o = t.length; ++s < o; )
      (n = t[s]) && (i = n.byteLength) > 0 && (this._write(n), (r = ((i + 7) & -8) - i) > 0 && this._writePadding(r));
    return this;
  }
  _writeDictionaries(t) {
    var n, i;
    for (const [r, s] of t.dictionaries) {
      const o = (n = s == null ? void 0 : s.data) !== null && n !== void 0 ? n : [],
        a = this._seenDictionaries.get(r),
        c = (i = this._dictionaryDeltaOffsets.get(r)) !== null && i !== void 0 ? i : 0;
      if (!a || a.data[0] !== o[0]) for (const [l, f] of o.entries()) this._writeDictionaryBatch(f, r, l > 0);
      else if (c < o.length) for (const l of o.slice(c)) this._writeDictionaryBatch(l, r, !0);
      this._seenDictionaries.set(r, s), this._dictionaryDeltaOffsets.set(r, o.length);
    }
    return this;
  }
}
class Gr extends gc {
  static writeAll(t, n) {
    const i = new Gr(n);
    return Se(t) ? t.then((r) => i.writeAll(r)) : rn(t) ? Kr(i, t) : Qr(i, t);
  }
}
class Hr extends gc {
  static writeAll(t) {
    const n = new Hr();
    return Se(t) ? t.then((i) => n.writeAll(i)) : rn(t) ? Kr(n, t) : Qr(n, t);
  }
  constructor() {
    super(), (this._autoDestroy = !0);
  }
  _writeSchema(t) {
    return this._writeMagic()._writePadding(2);
  }
  _writeDictionaryBatch(t, n, i = !1) {
    if (!i && this._seenDictionaries.has(n))
      throw new Error('The Arrow File format does not support replacement dictionaries. ');
    return super._writeDictionaryBatch(t, n, i);
  }
  _writeFooter(t) {
    const n = On.encode(new On(t, et.V5, this._recordBatchBlocks, this._dictionaryBlocks));
    return super._writeFooter(t)._write(n)._write(Int32Array.of(n.byteLength))._writeMagic();
  }
}
function Qr(e, t) {
  let n = t;
  t instanceof at && ((n = t.batches), e.reset(void 0, t.schema));
  for (const i of n) e.write(i);
  return e.finish();
}
function Kr(e, t) {
  return M(this, void 0, void 0, function* () {
    var n, i, r, s, o, a, c;
    try {
      for (n = !0, i = Ie(t); (r = yield i.next()), (s = r.done), !s; n = !0) {
        (c = r.value), (n = !1);
        const l = c;
        e.write(l);
      }
    } catch (l) {
      o = { error: l };
    } finally {
      try {
        !n && !s && (a = i.return) && (yield a.call(i));
      } finally {
        if (o) throw o.error;
      }
    }
    return e.finish();
  });
}
function Sf(e, t = 'stream') {
  return (t === 'stream' ? Gr : Hr).writeAll(e).toUint8Array(!0);
}
var Af = Object.create,
  bc = Object.defineProperty,
  Ef = Object.getOwnPropertyDescriptor,
  Bf = Object.getOwnPropertyNames,
  Of = Object.getPrototypeOf,
  Tf = Object.prototype.hasOwnProperty,
  Df = (e, t) => () => (t || e((t = { exports: {} }).exports, t), t.exports),
  Nf = (e, t, n, i) => {
    if ((t && typeof t == 'object') || typeof t == 'function')
      for (const r of Bf(t))
        !Tf.call(e, r) && r !== n && bc(e, r, { get: () => t[r], enumerable: !(i = Ef(t, r)) || i.enumerable });
    return e;
  },
  Rf = (e, t, n) => (
    (n = e != null ? Af(Of(e)) : {}), Nf(!e || !e.__esModule ? bc(n, 'default', { value: e, enumerable: !0 }) : n, e)
  ),
  Ff = Df((e, t) => {
    t.exports = Worker;
  }),
  Lf = ((e) => (
    (e[(e.UNDEFINED = 0)] = 'UNDEFINED'),
    (e[(e.AUTOMATIC = 1)] = 'AUTOMATIC'),
    (e[(e.READ_ONLY = 2)] = 'READ_ONLY'),
    (e[(e.READ_WRITE = 3)] = 'READ_WRITE'),
    e
  ))(Lf || {}),
  Uf = ((e) => (
    (e[(e.IDENTIFIER = 0)] = 'IDENTIFIER'),
    (e[(e.NUMERIC_CONSTANT = 1)] = 'NUMERIC_CONSTANT'),
    (e[(e.STRING_CONSTANT = 2)] = 'STRING_CONSTANT'),
    (e[(e.OPERATOR = 3)] = 'OPERATOR'),
    (e[(e.KEYWORD = 4)] = 'KEYWORD'),
    (e[(e.COMMENT = 5)] = 'COMMENT'),
    e
  ))(Uf || {}),
  Mf = ((e) => (
    (e[(e.NONE = 0)] = 'NONE'),
    (e[(e.DEBUG = 1)] = 'DEBUG'),
    (e[(e.INFO = 2)] = 'INFO'),
    (e[(e.WARNING = 3)] = 'WARNING'),
    (e[(e.ERROR = 4)] = 'ERROR'),
    e
  ))(Mf || {}),
  Pf = ((e) => (
    (e[(e.NONE = 0)] = 'NONE'),
    (e[(e.CONNECT = 1)] = 'CONNECT'),
    (e[(e.DISCONNECT = 2)] = 'DISCONNECT'),
    (e[(e.OPEN = 3)] = 'OPEN'),
    (e[(e.QUERY = 4)] = 'QUERY'),
    (e[(e.INSTANTIATE = 5)] = 'INSTANTIATE'),
    e
  ))(Pf || {}),
  xf = ((e) => (
    (e[(e.NONE = 0)] = 'NONE'),
    (e[(e.OK = 1)] = 'OK'),
    (e[(e.ERROR = 2)] = 'ERROR'),
    (e[(e.START = 3)] = 'START'),
    (e[(e.RUN = 4)] = 'RUN'),
    (e[(e.CAPTURE = 5)] = 'CAPTURE'),
    e
  ))(xf || {}),
  Cf = ((e) => (
    (e[(e.NONE = 0)] = 'NONE'),
    (e[(e.WEB_WORKER = 1)] = 'WEB_WORKER'),
    (e[(e.NODE_WORKER = 2)] = 'NODE_WORKER'),
    (e[(e.BINDINGS = 3)] = 'BINDINGS'),
    (e[(e.ASYNC_DUCKDB = 4)] = 'ASYNC_DUCKDB'),
    e
  ))(Cf || {}),
  kf = class {
    log(e) {}
  },
  Vf = ((e) => (
    (e[(e.SUCCESS = 0)] = 'SUCCESS'),
    (e[(e.MAX_ARROW_ERROR = 255)] = 'MAX_ARROW_ERROR'),
    (e[(e.DUCKDB_WASM_RETRY = 256)] = 'DUCKDB_WASM_RETRY'),
    e
  ))(Vf || {}),
  jf = class {
    constructor(e, t) {
      (this._bindings = e), (this._conn = t);
    }
    get bindings() {
      return this._bindings;
    }
    async close() {
      return this._bindings.disconnect(this._conn);
    }
    useUnsafe(e) {
      return e(this._bindings, this._conn);
    }
    async query(e) {
      this._bindings.logger.log({ timestamp: new Date(), level: 2, origin: 4, topic: 4, event: 4, value: e });
      const t = await this._bindings.runQuery(this._conn, e),
        n = Dt.from(t);
      return (
        console.assert(n.isSync(), 'Reader is not sync'), console.assert(n.isFile(), 'Reader is not file'), new at(n)
      );
    }
    async send(e, t = !1) {
      this._bindings.logger.log({ timestamp: new Date(), level: 2, origin: 4, topic: 4, event: 4, value: e });
      let n = await this._bindings.startPendingQuery(this._conn, e, t);
      for (; n == null; ) {
        if (this._bindings.isDetached()) {
          console.error('cannot send a message since the worker is not set!');
          return;
        }
        n = await this._bindings.pollPendingQuery(this._conn);
      }
      const i = new wc(this._bindings, this._conn, n),
        r = await Dt.from(i);
      return (console.assert(r.isAsync()), console.assert(r.isStream()), r);
    }
    async cancelSent() {
      return await this._bindings.cancelPendingQuery(this._conn);
    }
    async getTableNames(e) {
      return await this._bindings.getTableNames(this._conn, e);
    }
    async prepare(e) {
      const t = await this._bindings.createPrepared(this._conn, e);
      return new zf(this._bindings, this._conn, t);
    }
    async insertArrowTable(e, t) {
      const n = Sf(e, 'stream');
      await this.insertArrowFromIPCStream(n, t);
    }
    async insertArrowFromIPCStream(e, t) {
      await this._bindings.insertArrowFromIPCStream(this._conn, e, t);
    }
    async insertCSVFromPath(e, t) {
      await this._bindings.insertCSVFromPath(this._conn, e, t);
    }
    async insertJSONFromPath(e, t) {
      await this._bindings.insertJSONFromPath(this._conn, e, t);
    }
  },
  wc = class {
    constructor(e, t, n) {
      (this.db = e),
        (this.conn = t),
        (this.header = n),
        (this._first = !0),
        (this._depleted = !1),
        (this._inFlight = null);
    }
    async next() {
      if (this._first) return ((this._first = !1), { done: !1, value: this.header });
      if (this._depleted) return { done: !0, value: null };
      let e = null;
      for (this._inFlight != null && ((e = await this._inFlight), (this._inFlight = null)); e == null; )
        e = await this.db.fetchQueryResults(this.conn);
      return (
        (this._depleted = e.length == 0),
        this._depleted || (this._inFlight = this.db.fetchQueryResults(this.conn)),
        { done: this._depleted, value: e }
      );
    }
    [Symbol.asyncIterator]() {
      return this;
    }
  },
  zf = class {
    constructor(e, t, n) {
      (this.bindings = e), (this.connectionId = t), (this.statementId = n);
    }
    async close() {
      await this.bindings.closePrepared(this.connectionId, this.statementId);
    }
    async query(...e) {
      const t = await this.bindings.runPrepared(this.connectionId, this.statementId, e),
        n = Dt.from(t);
      return (console.assert(n.isSync()), console.assert(n.isFile()), new at(n));
    }
    async send(...e) {
      const t = await this.bindings.sendPrepared(this.connectionId, this.statementId, e),
        n = new wc(this.bindings, this.connectionId, t),
        i = await Dt.from(n);
      return (console.assert(i.isAsync()), console.assert(i.isStream()), i);
    }
  },
  $f = ((e) => (
    (e.CANCEL_PENDING_QUERY = 'CANCEL_PENDING_QUERY'),
    (e.CLOSE_PREPARED = 'CLOSE_PREPARED'),
    (e.COLLECT_FILE_STATISTICS = 'COLLECT_FILE_STATISTICS'),
    (e.REGISTER_OPFS_FILE_NAME = 'REGISTER_OPFS_FILE_NAME'),
    (e.CONNECT = 'CONNECT'),
    (e.COPY_FILE_TO_BUFFER = 'COPY_FILE_TO_BUFFER'),
    (e.COPY_FILE_TO_PATH = 'COPY_FILE_TO_PATH'),
    (e.CREATE_PREPARED = 'CREATE_PREPARED'),
    (e.DISCONNECT = 'DISCONNECT'),
    (e.DROP_FILE = 'DROP_FILE'),
    (e.DROP_FILES = 'DROP_FILES'),
    (e.EXPORT_FILE_STATISTICS = 'EXPORT_FILE_STATISTICS'),
    (e.FETCH_QUERY_RESULTS = 'FETCH_QUERY_RESULTS'),
    (e.FLUSH_FILES = 'FLUSH_FILES'),
    (e.GET_FEATURE_FLAGS = 'GET_FEATURE_FLAGS'),
    (e.GET_TABLE_NAMES = 'GET_TABLE_NAMES'),
    (e.GET_VERSION = 'GET_VERSION'),
    (e.GLOB_FILE_INFOS = 'GLOB_FILE_INFOS'),
    (e.INSERT_ARROW_FROM_IPC_STREAM = 'INSERT_ARROW_FROM_IPC_STREAM'),
    (e.INSERT_CSV_FROM_PATH = 'IMPORT_CSV_FROM_PATH'),
    (e.INSERT_JSON_FROM_PATH = 'IMPORT_JSON_FROM_PATH'),
    (e.INSTANTIATE = 'INSTANTIATE'),
    (e.OPEN = 'OPEN'),
    (e.PING = 'PING'),
    (e.POLL_PENDING_QUERY = 'POLL_PENDING_QUERY'),
    (e.REGISTER_FILE_BUFFER = 'REGISTER_FILE_BUFFER'),
    (e.REGISTER_FILE_HANDLE = 'REGISTER_FILE_HANDLE'),
    (e.REGISTER_FILE_URL = 'REGISTER_FILE_URL'),
    (e.RESET = 'RESET'),
    (e.RUN_PREPARED = 'RUN_PREPARED'),
    (e.RUN_QUERY = 'RUN_QUERY'),
    (e.SEND_PREPARED = 'SEND_PREPARED'),
    (e.START_PENDING_QUERY = 'START_PENDING_QUERY'),
    (e.TOKENIZE = 'TOKENIZE'),
    e
  ))($f || {}),
  Yf = ((e) => (
    (e.CONNECTION_INFO = 'CONNECTION_INFO'),
    (e.ERROR = 'ERROR'),
    (e.FEATURE_FLAGS = 'FEATURE_FLAGS'),
    (e.FILE_BUFFER = 'FILE_BUFFER'),
    (e.FILE_INFOS = 'FILE_INFOS'),
    (e.FILE_SIZE = 'FILE_SIZE'),
    (e.FILE_STATISTICS = 'FILE_STATISTICS'),
    (e.INSTANTIATE_PROGRESS = 'INSTANTIATE_PROGRESS'),
    (e.LOG = 'LOG'),
    (e.PROGRESS_UPDATE = 'PROGRESS_UPDATE'),
    (e.OK = 'OK'),
    (e.PREPARED_STATEMENT_ID = 'PREPARED_STATEMENT_ID'),
    (e.QUERY_PLAN = 'QUERY_PLAN'),
    (e.QUERY_RESULT = 'QUERY_RESULT'),
    (e.QUERY_RESULT_CHUNK = 'QUERY_RESULT_CHUNK'),
    (e.QUERY_RESULT_HEADER = 'QUERY_RESULT_HEADER'),
    (e.QUERY_RESULT_HEADER_OR_NULL = 'QUERY_RESULT_HEADER_OR_NULL'),
    (e.REGISTERED_FILE = 'REGISTERED_FILE'),
    (e.SCRIPT_TOKENS = 'SCRIPT_TOKENS'),
    (e.SUCCESS = 'SUCCESS'),
    (e.TABLE_NAMES = 'TABLE_NAMES'),
    (e.VERSION_STRING = 'VERSION_STRING'),
    e
  ))(Yf || {}),
  V = class {
    constructor(e, t) {
      (this.promiseResolver = () => {}),
        (this.promiseRejecter = () => {}),
        (this.type = e),
        (this.data = t),
        (this.promise = new Promise((n, i) => {
          (this.promiseResolver = n), (this.promiseRejecter = i);
        }));
    }
  };
function ii(e) {
  switch (e.typeId) {
    case d.Binary:
      return { sqlType: 'binary' };
    case d.Bool:
      return { sqlType: 'bool' };
    case d.Date:
      return { sqlType: 'date' };
    case d.DateDay:
      return { sqlType: 'date32[d]' };
    case d.DateMillisecond:
      return { sqlType: 'date64[ms]' };
    case d.Decimal: {
      const t = e;
      return { sqlType: 'decimal', precision: t.precision, scale: t.scale };
    }
    case d.Float:
      return { sqlType: 'float' };
    case d.Float16:
      return { sqlType: 'float16' };
    case d.Float32:
      return { sqlType: 'float32' };
    case d.Float64:
      return { sqlType: 'float64' };
    case d.Int:
      return { sqlType: 'int32' };
    case d.Int16:
      return { sqlType: 'int16' };
    case d.Int32:
      return { sqlType: 'int32' };
    case d.Int64:
      return { sqlType: 'int64' };
    case d.Uint16:
      return { sqlType: 'uint16' };
    case d.Uint32:
      return { sqlType: 'uint32' };
    case d.Uint64:
      return { sqlType: 'uint64' };
    case d.Uint8:
      return { sqlType: 'uint8' };
    case d.IntervalDayTime:
      return { sqlType: 'interval[dt]' };
    case d.IntervalYearMonth:
      return { sqlType: 'interval[m]' };
    case d.List:
      return { sqlType: 'list', valueType: ii(e.valueType) };
    case d.FixedSizeBinary:
      return { sqlType: 'fixedsizebinary', byteWidth: e.byteWidth };
    case d.Null:
      return { sqlType: 'null' };
    case d.Utf8:
      return { sqlType: 'utf8' };
    case d.Struct:
      return { sqlType: 'struct', fields: e.children.map((t) => yr(t.name, t.type)) };
    case d.Map: {
      const t = e;
      return { sqlType: 'map', keyType: ii(t.keyType), valueType: ii(t.valueType) };
    }
    case d.Time:
      return { sqlType: 'time[s]' };
    case d.TimeMicrosecond:
      return { sqlType: 'time[us]' };
    case d.TimeMillisecond:
      return { sqlType: 'time[ms]' };
    case d.TimeNanosecond:
      return { sqlType: 'time[ns]' };
    case d.TimeSecond:
      return { sqlType: 'time[s]' };
    case d.Timestamp:
      return { sqlType: 'timestamp', timezone: e.timezone || void 0 };
    case d.TimestampSecond:
      return { sqlType: 'timestamp[s]', timezone: e.timezone || void 0 };
    case d.TimestampMicrosecond:
      return { sqlType: 'timestamp[us]', timezone: e.timezone || void 0 };
    case d.TimestampNanosecond:
      return { sqlType: 'timestamp[ns]', timezone: e.timezone || void 0 };
    case d.TimestampMillisecond:
      return { sqlType: 'timestamp[ms]', timezone: e.timezone || void 0 };
  }
  throw new Error('unsupported arrow type: '.concat(e.toString()));
}
function yr(e, t) {
  const n = ii(t);
  return ((n.name = e), n);
}
var Wf = /'(opfs:\/\/\S*?)'/g,
  qf = /(opfs:\/\/\S*?)/g;
function Gf(e) {
  return e.search(qf) > -1;
}
function Hf(e) {
  return [...e.matchAll(Wf)].map((t) => t[1]);
}
var Qf = new TextEncoder(),
  Kf = class {
    constructor(e, t = null) {
      (this._onInstantiationProgress = []),
        (this._onExecutionProgress = []),
        (this._worker = null),
        (this._workerShutdownPromise = null),
        (this._workerShutdownResolver = () => {}),
        (this._nextMessageId = 0),
        (this._pendingRequests = new Map()),
        (this._config = {}),
        (this._logger = e),
        (this._onMessageHandler = this.onMessage.bind(this)),
        (this._onErrorHandler = this.onError.bind(this)),
        (this._onCloseHandler = this.onClose.bind(this)),
        t != null && this.attach(t);
    }
    get logger() {
      return this._logger;
    }
    get config() {
      return this._config;
    }
    attach(e) {
      (this._worker = e),
        this._worker.addEventListener('message', this._onMessageHandler),
        this._worker.addEventListener('error', this._onErrorHandler),
        this._worker.addEventListener('close', this._onCloseHandler),
        (this._workerShutdownPromise = new Promise((t, n) => {
          this._workerShutdownResolver = t;
        }));
    }
    detach() {
      this._worker &&
        (this._worker.removeEventListener('message', this._onMessageHandler),
        this._worker.removeEventListener('error', this._onErrorHandler),
        this._worker.removeEventListener('close', this._onCloseHandler),
        (this._worker = null),
        this._workerShutdownResolver(null),
        (this._workerShutdownPromise = null),
        (this._workerShutdownResolver = () => {}));
    }
    async terminate() {
      this._worker &&
        (this._worker.terminate(),
        (this._worker = null),
        (this._workerShutdownPromise = null),
        (this._workerShutdownResolver = () => {}));
    }
    async postTask(e, t = []) {
      if (!this._worker) {
        console.error('cannot send a message since the worker is not set!:' + e.type + ',' + e.data);
        return;
      }
      const n = this._nextMessageId++;
      return (
        this._pendingRequests.set(n, e),
        this._worker.postMessage({ messageId: n, type: e.type, data: e.data }, t),
        await e.promise
      );
    }
    onMessage(e) {
      var t;
      const n = e.data;
      switch (n.type) {
        case 'PROGRESS_UPDATE': {
          for (const r of this._onExecutionProgress) r(n.data);
          return;
        }
        case 'LOG': {
          this._logger.log(n.data);
          return;
        }
        case 'INSTANTIATE_PROGRESS': {
          for (const r of this._onInstantiationProgress) r(n.data);
          return;
        }
      }
      const i = this._pendingRequests.get(n.requestId);
      if (!i) {
        console.warn('unassociated response: ['.concat(n.requestId, ', ').concat(n.type.toString(), ']'));
        return;
      }
      if ((this._pendingRequests.delete(n.requestId), n.type == 'ERROR')) {
        const r = new Error(n.data.message);
        (r.name = n.data.name),
          (t = Object.getOwnPropertyDescriptor(r, 'stack')) != null && t.writable && (r.stack = n.data.stack),
          i.promiseRejecter(r);
        return;
      }
      switch (i.type) {
        case 'CLOSE_PREPARED':
        case 'COLLECT_FILE_STATISTICS':
        case 'REGISTER_OPFS_FILE_NAME':
        case 'COPY_FILE_TO_PATH':
        case 'DISCONNECT':
        case 'DROP_FILE':
        case 'DROP_FILES':
        case 'FLUSH_FILES':
        case 'INSERT_ARROW_FROM_IPC_STREAM':
        case 'IMPORT_CSV_FROM_PATH':
        case 'IMPORT_JSON_FROM_PATH':
        case 'OPEN':
        case 'PING':
        case 'REGISTER_FILE_BUFFER':
        case 'REGISTER_FILE_HANDLE':
        case 'REGISTER_FILE_URL':
        case 'RESET':
          if (n.type == 'OK') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'INSTANTIATE':
          if (((this._onInstantiationProgress = []), n.type == 'OK')) {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'GLOB_FILE_INFOS':
          if (n.type == 'FILE_INFOS') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'GET_VERSION':
          if (n.type == 'VERSION_STRING') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'GET_FEATURE_FLAGS':
          if (n.type == 'FEATURE_FLAGS') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'GET_TABLE_NAMES':
          if (n.type == 'TABLE_NAMES') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'TOKENIZE':
          if (n.type == 'SCRIPT_TOKENS') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'COPY_FILE_TO_BUFFER':
          if (n.type == 'FILE_BUFFER') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'EXPORT_FILE_STATISTICS':
          if (n.type == 'FILE_STATISTICS') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'CONNECT':
          if (n.type == 'CONNECTION_INFO') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'RUN_PREPARED':
        case 'RUN_QUERY':
          if (n.type == 'QUERY_RESULT') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'SEND_PREPARED':
          if (n.type == 'QUERY_RESULT_HEADER') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'START_PENDING_QUERY':
          if (n.type == 'QUERY_RESULT_HEADER_OR_NULL') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'POLL_PENDING_QUERY':
          if (n.type == 'QUERY_RESULT_HEADER_OR_NULL') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'CANCEL_PENDING_QUERY':
          if (((this._onInstantiationProgress = []), n.type == 'SUCCESS')) {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'FETCH_QUERY_RESULTS':
          if (n.type == 'QUERY_RESULT_CHUNK') {
            i.promiseResolver(n.data);
            return;
          }
          break;
        case 'CREATE_PREPARED':
          if (n.type == 'PREPARED_STATEMENT_ID') {
            i.promiseResolver(n.data);
            return;
          }
          break;
      }
      i.promiseRejecter(new Error('unexpected response type: '.concat(n.type.toString())));
    }
    onError(e) {
      console.error(e), console.error('error in duckdb worker: '.concat(e.message)), this._pendingRequests.clear();
    }
    onClose() {
      if ((this._workerShutdownResolver(null), this._pendingRequests.size != 0)) {
        console.warn('worker terminated with '.concat(this._pendingRequests.size, ' pending requests'));
        return;
      }
      this._pendingRequests.clear();
    }
    isDetached() {
      return !this._worker;
    }
    async reset() {
      const e = new V('RESET', null);
      return await this.postTask(e);
    }
    async ping() {
      const e = new V('PING', null);
      await this.postTask(e);
    }
    async dropFile(e) {
      const t = new V('DROP_FILE', e);
      return await this.postTask(t);
    }
    async dropFiles(e) {
      const t = new V('DROP_FILES', e);
      return await this.postTask(t);
    }
    async flushFiles() {
      const e = new V('FLUSH_FILES', null);
      return await this.postTask(e);
    }
    async instantiate(e, t = null, n = (i) => {}) {
      this._onInstantiationProgress.push(n);
      const i = new V('INSTANTIATE', [e, t]);
      return await this.postTask(i);
    }
    async getVersion() {
      const e = new V('GET_VERSION', null);
      return await this.postTask(e);
    }
    async getFeatureFlags() {
      const e = new V('GET_FEATURE_FLAGS', null);
      return await this.postTask(e);
    }
    async open(e) {
      this._config = e;
      const t = new V('OPEN', e);
      await this.postTask(t);
    }
    async tokenize(e) {
      const t = new V('TOKENIZE', e);
      return await this.postTask(t);
    }
    async connectInternal() {
      const e = new V('CONNECT', null);
      return await this.postTask(e);
    }
    async connect() {
      const e = await this.connectInternal();
      return new jf(this, e);
    }
    async disconnect(e) {
      const t = new V('DISCONNECT', e);
      await this.postTask(t);
    }
    async runQuery(e, t) {
      if (this.shouldOPFSFileHandling()) {
        const n = await this.registerOPFSFileFromSQL(t);
        try {
          return await this._runQueryAsync(e, t);
        } finally {
          n.length > 0 && (await this.dropFiles(n));
        }
      } else return await this._runQueryAsync(e, t);
    }
    async _runQueryAsync(e, t) {
      const n = new V('RUN_QUERY', [e, t]);
      return await this.postTask(n);
    }
    async startPendingQuery(e, t, n = !1) {
      if (this.shouldOPFSFileHandling()) {
        const i = await this.registerOPFSFileFromSQL(t);
        try {
          return await this._startPendingQueryAsync(e, t, n);
        } finally {
          i.length > 0 && (await this.dropFiles(i));
        }
      } else return await this._startPendingQueryAsync(e, t, n);
    }
    async _startPendingQueryAsync(e, t, n = !1) {
      const i = new V('START_PENDING_QUERY', [e, t, n]);
      return await this.postTask(i);
    }
    async pollPendingQuery(e) {
      const t = new V('POLL_PENDING_QUERY', e);
      return await this.postTask(t);
    }
    async cancelPendingQuery(e) {
      const t = new V('CANCEL_PENDING_QUERY', e);
      return await this.postTask(t);
    }
    async fetchQueryResults(e) {
      const t = new V('FETCH_QUERY_RESULTS', e);
      return await this.postTask(t);
    }
    async getTableNames(e, t) {
      const n = new V('GET_TABLE_NAMES', [e, t]);
      return await this.postTask(n);
    }
    async createPrepared(e, t) {
      const n = new V('CREATE_PREPARED', [e, t]);
      return await this.postTask(n);
    }
    async closePrepared(e, t) {
      const n = new V('CLOSE_PREPARED', [e, t]);
      await this.postTask(n);
    }
    async runPrepared(e, t, n) {
      const i = new V('RUN_PREPARED', [e, t, n]);
      return await this.postTask(i);
    }
    async sendPrepared(e, t, n) {
      const i = new V('SEND_PREPARED', [e, t, n]);
      return await this.postTask(i);
    }
    async globFiles(e) {
      const t = new V('GLOB_FILE_INFOS', e);
      return await this.postTask(t);
    }
    async registerFileText(e, t) {
      const n = Qf.encode(t);
      await this.registerFileBuffer(e, n);
    }
    async registerFileURL(e, t, n, i) {
      t === void 0 && (t = e);
      const r = new V('REGISTER_FILE_URL', [e, t, n, i]);
      await this.postTask(r);
    }
    async registerEmptyFileBuffer(e) {}
    async registerFileBuffer(e, t) {
      const n = new V('REGISTER_FILE_BUFFER', [e, t]);
      await this.postTask(n, [t.buffer]);
    }
    async registerFileHandle(e, t, n, i) {
      const r = new V('REGISTER_FILE_HANDLE', [e, t, n, i]);
      await this.postTask(r, []);
    }
    async registerOPFSFileName(e) {
      const t = new V('REGISTER_OPFS_FILE_NAME', [e]);
      await this.postTask(t, []);
    }
    async collectFileStatistics(e, t) {
      const n = new V('COLLECT_FILE_STATISTICS', [e, t]);
      await this.postTask(n, []);
    }
    async exportFileStatistics(e) {
      const t = new V('EXPORT_FILE_STATISTICS', e);
      return await this.postTask(t, []);
    }
    async copyFileToBuffer(e) {
      const t = new V('COPY_FILE_TO_BUFFER', e);
      return await this.postTask(t);
    }
    async copyFileToPath(e, t) {
      const n = new V('COPY_FILE_TO_PATH', [e, t]);
      await this.postTask(n);
    }
    async insertArrowFromIPCStream(e, t, n) {
      if (t.length == 0) return;
      const i = new V('INSERT_ARROW_FROM_IPC_STREAM', [e, t, n]);
      await this.postTask(i, [t.buffer]);
    }
    async insertCSVFromPath(e, t, n) {
      if (n.columns !== void 0) {
        const r = [];
        for (const s in n.columns) {
          const o = n.columns[s];
          r.push(yr(s, o));
        }
        (n.columnsFlat = r), delete n.columns;
      }
      const i = new V('IMPORT_CSV_FROM_PATH', [e, t, n]);
      await this.postTask(i);
    }
    async insertJSONFromPath(e, t, n) {
      if (n.columns !== void 0) {
        const r = [];
        for (const s in n.columns) {
          const o = n.columns[s];
          r.push(yr(s, o));
        }
        (n.columnsFlat = r), delete n.columns;
      }
      const i = new V('IMPORT_JSON_FROM_PATH', [e, t, n]);
      await this.postTask(i);
    }
    shouldOPFSFileHandling() {
      var e, t;
      return Gf((e = this.config.path) != null ? e : '')
        ? ((t = this.config.opfs) == null ? void 0 : t.fileHandling) == 'auto'
        : !1;
    }
    async registerOPFSFileFromSQL(e) {
      const t = Hf(e),
        n = [];
      for (const i of t)
        try {
          await this.registerOPFSFileName(i), n.push(i);
        } catch (r) {
          throw (console.error(r), new Error('File Not found:' + i));
        }
      return n;
    }
  };
function Jf() {
  const e = new TextDecoder();
  return (t) => (
    typeof SharedArrayBuffer < 'u' && t.buffer instanceof SharedArrayBuffer && (t = new Uint8Array(t)), e.decode(t)
  );
}
Jf();
var Zf = ((e) => (
    (e[(e.BUFFER = 0)] = 'BUFFER'),
    (e[(e.NODE_FS = 1)] = 'NODE_FS'),
    (e[(e.BROWSER_FILEREADER = 2)] = 'BROWSER_FILEREADER'),
    (e[(e.BROWSER_FSACCESS = 3)] = 'BROWSER_FSACCESS'),
    (e[(e.HTTP = 4)] = 'HTTP'),
    (e[(e.S3 = 5)] = 'S3'),
    e
  ))(Zf || {}),
  Xf = async () =>
    WebAssembly.validate(
      new Uint8Array([
        0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 1, 10, 14, 1, 12, 0, 65, 0, 65, 0, 65,
        0, 252, 10, 0, 0, 11,
      ]),
    ),
  td = async () =>
    WebAssembly.validate(
      new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]),
    ),
  ed = async () =>
    WebAssembly.validate(
      new Uint8Array([
        0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
      ]),
    ),
  nd = () =>
    (async (e) => {
      try {
        return (
          typeof MessageChannel < 'u' && new MessageChannel().port1.postMessage(new SharedArrayBuffer(1)),
          WebAssembly.validate(e)
        );
      } catch {
        return !1;
      }
    })(
      new Uint8Array([
        0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 4, 1, 3, 1, 1, 10, 11, 1, 9, 0, 65, 0, 254, 16,
        2, 0, 26, 11,
      ]),
    ),
  id = { version: '1.32.0' },
  Jr = id.version.split('.');
Jr[0];
Jr[1];
Jr[2];
var rd = () => typeof navigator > 'u',
  Hi = null,
  Qi = null,
  Ki = null,
  Ji = null,
  Zi = null;
async function sd() {
  return (
    Hi == null && (Hi = typeof BigInt64Array < 'u'),
    Qi == null && (Qi = await td()),
    Ki == null && (Ki = await nd()),
    Ji == null && (Ji = await ed()),
    Zi == null && (Zi = await Xf()),
    {
      bigInt64Array: Hi,
      crossOriginIsolated: rd() || globalThis.crossOriginIsolated || !1,
      wasmExceptions: Qi,
      wasmSIMD: Ji,
      wasmThreads: Ki,
      wasmBulkMemory: Zi,
    }
  );
}
async function od(e) {
  const t = await sd();
  if (t.wasmExceptions) {
    if (t.wasmSIMD && t.wasmThreads && t.crossOriginIsolated && e.coi)
      return { mainModule: e.coi.mainModule, mainWorker: e.coi.mainWorker, pthreadWorker: e.coi.pthreadWorker };
    if (e.eh) return { mainModule: e.eh.mainModule, mainWorker: e.eh.mainWorker, pthreadWorker: null };
  }
  return { mainModule: e.mvp.mainModule, mainWorker: e.mvp.mainWorker, pthreadWorker: null };
}
Rf(Ff());
const ad = '/_bench/assets/duckdb-browser-eh.worker-hQa-dcAV.js',
  Ls = '/_bench/assets/duckdb-browser-mvp.worker-C9hF7LGh.js',
  cd = '/_bench/assets/duckdb-eh-9ubY-jlA.wasm',
  ld = '/_bench/assets/duckdb-mvp-BP0pRkMH.wasm',
  Us = ['BOOLEAN', 'INT32', 'INT64', 'INT96', 'FLOAT', 'DOUBLE', 'BYTE_ARRAY', 'FIXED_LEN_BYTE_ARRAY'],
  me = [
    'PLAIN',
    'GROUP_VAR_INT',
    'PLAIN_DICTIONARY',
    'RLE',
    'BIT_PACKED',
    'DELTA_BINARY_PACKED',
    'DELTA_LENGTH_BYTE_ARRAY',
    'DELTA_BYTE_ARRAY',
    'RLE_DICTIONARY',
    'BYTE_STREAM_SPLIT',
  ],
  ud = ['REQUIRED', 'OPTIONAL', 'REPEATED'],
  fd = [
    'UTF8',
    'MAP',
    'MAP_KEY_VALUE',
    'LIST',
    'ENUM',
    'DECIMAL',
    'DATE',
    'TIME_MILLIS',
    'TIME_MICROS',
    'TIMESTAMP_MILLIS',
    'TIMESTAMP_MICROS',
    'UINT_8',
    'UINT_16',
    'UINT_32',
    'UINT_64',
    'INT_8',
    'INT_16',
    'INT_32',
    'INT_64',
    'JSON',
    'BSON',
    'INTERVAL',
  ],
  dd = ['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'LZO', 'BROTLI', 'LZ4', 'ZSTD', 'LZ4_RAW'],
  Ic = ['DATA_PAGE', 'INDEX_PAGE', 'DICTIONARY_PAGE', 'DATA_PAGE_V2'],
  hd = ['UNORDERED', 'ASCENDING', 'DESCENDING'],
  yd = ['SPHERICAL', 'VINCENTY', 'THOMAS', 'ANDOYER', 'KARNEY'];
function pr(e) {
  const t = Wn(e);
  if (t.type === 1) return { type: 'Point', coordinates: _r(e, t) };
  if (t.type === 2) return { type: 'LineString', coordinates: mr(e, t) };
  if (t.type === 3) return { type: 'Polygon', coordinates: Ms(e, t) };
  if (t.type === 4) {
    const n = [];
    for (let i = 0; i < t.count; i++) n.push(_r(e, Wn(e)));
    return { type: 'MultiPoint', coordinates: n };
  } else if (t.type === 5) {
    const n = [];
    for (let i = 0; i < t.count; i++) n.push(mr(e, Wn(e)));
    return { type: 'MultiLineString', coordinates: n };
  } else if (t.type === 6) {
    const n = [];
    for (let i = 0; i < t.count; i++) n.push(Ms(e, Wn(e)));
    return { type: 'MultiPolygon', coordinates: n };
  } else if (t.type === 7) {
    const n = [];
    for (let i = 0; i < t.count; i++) n.push(pr(e));
    return { type: 'GeometryCollection', geometries: n };
  } else throw new Error(`Unsupported geometry type: ${t.type}`);
}
function Wn(e) {
  const { view: t } = e,
    n = t.getUint8(e.offset++) === 1,
    i = t.getUint32(e.offset, n);
  e.offset += 4;
  const r = i % 1e3,
    s = Math.floor(i / 1e3);
  let o = 0;
  r > 1 && r <= 7 && ((o = t.getUint32(e.offset, n)), (e.offset += 4));
  let a = 2;
  return (s && a++, s === 3 && a++, { littleEndian: n, type: r, dim: a, count: o });
}
function _r(e, t) {
  const n = [];
  for (let i = 0; i < t.dim; i++) {
    const r = e.view.getFloat64(e.offset, t.littleEndian);
    (e.offset += 8), n.push(r);
  }
  return n;
}
function mr(e, t) {
  const n = [];
  for (let i = 0; i < t.count; i++) n.push(_r(e, t));
  return n;
}
function Ms(e, t) {
  const { view: n } = e,
    i = [];
  for (let r = 0; r < t.count; r++) {
    const s = n.getUint32(e.offset, t.littleEndian);
    (e.offset += 4), i.push(mr(e, { ...t, count: s }));
  }
  return i;
}
const Ps = new TextDecoder(),
  xn = {
    timestampFromMilliseconds(e) {
      return new Date(Number(e));
    },
    timestampFromMicroseconds(e) {
      return new Date(Number(e / 1000n));
    },
    timestampFromNanoseconds(e) {
      return new Date(Number(e / 1000000n));
    },
    dateFromDays(e) {
      return new Date(e * 864e5);
    },
    stringFromBytes(e) {
      return e && Ps.decode(e);
    },
    jsonFromBytes(e) {
      return e && JSON.parse(Ps.decode(e));
    },
    geometryFromBytes(e) {
      return e && pr({ view: new DataView(e.buffer, e.byteOffset, e.byteLength), offset: 0 });
    },
    geographyFromBytes(e) {
      return e && pr({ view: new DataView(e.buffer, e.byteOffset, e.byteLength), offset: 0 });
    },
    uuidFromBytes(e) {
      if (!e) return;
      const t = Array.from(e, (n) => n.toString(16).padStart(2, '0')).join('');
      return (
        t.slice(0, 8) + '-' + t.slice(8, 12) + '-' + t.slice(12, 16) + '-' + t.slice(16, 20) + '-' + t.slice(20, 32)
      );
    },
  };
function xs(e, t, n, i) {
  if (t && n.endsWith('_DICTIONARY')) {
    let r = e;
    e instanceof Uint8Array && !(t instanceof Uint8Array) && (r = new t.constructor(e.length));
    for (let s = 0; s < e.length; s++) r[s] = t[e[s]];
    return r;
  } else return vc(e, i);
}
function vc(e, t) {
  const { element: n, parsers: i, utf8: r = !0, schemaPath: s } = t,
    { type: o, converted_type: a, logical_type: c } = n,
    l = n.repetition_type !== 'REQUIRED';
  if (
    (s == null
      ? void 0
      : s.some((u) => {
          var h;
          return ((h = u.element.logical_type) == null ? void 0 : h.type) === 'VARIANT';
        })) &&
    o === 'BYTE_ARRAY' &&
    a !== 'UTF8' &&
    (c == null ? void 0 : c.type) !== 'STRING'
  )
    return e;
  if (a === 'DECIMAL') {
    const h = 10 ** -(n.scale || 0),
      y = new Array(e.length);
    for (let p = 0; p < y.length; p++) e[p] instanceof Uint8Array ? (y[p] = Sc(e[p]) * h) : (y[p] = Number(e[p]) * h);
    return y;
  }
  if (!a && o === 'INT96') return Array.from(e).map((u) => i.timestampFromNanoseconds(pd(u)));
  if (a === 'DATE') return Array.from(e).map((u) => i.dateFromDays(u));
  if (a === 'TIMESTAMP_MILLIS') return Array.from(e).map((u) => i.timestampFromMilliseconds(u));
  if (a === 'TIMESTAMP_MICROS') return Array.from(e).map((u) => i.timestampFromMicroseconds(u));
  if (a === 'JSON') return e.map((u) => i.jsonFromBytes(u));
  if (a === 'BSON') throw new Error('parquet bson not supported');
  if (a === 'INTERVAL') throw new Error('parquet interval not supported');
  if ((c == null ? void 0 : c.type) === 'GEOMETRY') return e.map((u) => i.geometryFromBytes(u));
  if ((c == null ? void 0 : c.type) === 'GEOGRAPHY') return e.map((u) => i.geographyFromBytes(u));
  if ((c == null ? void 0 : c.type) === 'UUID') return e.map((u) => i.uuidFromBytes(u));
  if (a === 'UTF8' || (c == null ? void 0 : c.type) === 'STRING' || (r && o === 'BYTE_ARRAY'))
    return e.map((u) => i.stringFromBytes(u));
  if (a === 'UINT_64' || ((c == null ? void 0 : c.type) === 'INTEGER' && c.bitWidth === 64 && !c.isSigned)) {
    if (e instanceof BigInt64Array) return new BigUint64Array(e.buffer, e.byteOffset, e.length);
    const u = l ? new Array(e.length) : new BigUint64Array(e.length);
    for (let h = 0; h < u.length; h++) u[h] = e[h];
    return u;
  }
  if (a === 'UINT_32' || ((c == null ? void 0 : c.type) === 'INTEGER' && c.bitWidth === 32 && !c.isSigned)) {
    if (e instanceof Int32Array) return new Uint32Array(e.buffer, e.byteOffset, e.length);
    const u = l ? new Array(e.length) : new Uint32Array(e.length);
    for (let h = 0; h < u.length; h++) u[h] = e[h] < 0 ? 4294967296 + e[h] : e[h];
    return u;
  }
  if ((c == null ? void 0 : c.type) === 'FLOAT16') return Array.from(e).map(Ac);
  if ((c == null ? void 0 : c.type) === 'TIMESTAMP') {
    const { unit: u } = c;
    let h = i.timestampFromMilliseconds;
    u === 'MICROS' && (h = i.timestampFromMicroseconds), u === 'NANOS' && (h = i.timestampFromNanoseconds);
    const y = new Array(e.length);
    for (let p = 0; p < y.length; p++) y[p] = h(e[p]);
    return y;
  }
  return e;
}
function Sc(e) {
  if (!e.length) return 0;
  let t = 0n;
  for (const i of e) t = t * 256n + BigInt(i);
  const n = e.length * 8;
  return (t >= 2n ** BigInt(n - 1) && (t -= 2n ** BigInt(n)), Number(t));
}
function pd(e) {
  const t = (e >> 64n) - 2440588n,
    n = e & 0xffffffffffffffffn;
  return t * 86400000000000n + n;
}
function Ac(e) {
  if (!e) return;
  const t = (e[1] << 8) | e[0],
    n = t >> 15 ? -1 : 1,
    i = (t >> 10) & 31,
    r = t & 1023;
  return i === 0 ? n * 2 ** -14 * (r / 1024) : i === 31 ? (r ? NaN : n * (1 / 0)) : n * 2 ** (i - 15) * (1 + r / 1024);
}
function Ec(e, t, n) {
  const i = e[t],
    r = [];
  let s = 1;
  if (i.num_children)
    for (; r.length < i.num_children; ) {
      const o = e[t + s],
        a = Ec(e, t + s, [...n, o.name]);
      (s += a.count), r.push(a);
    }
  return { count: s, element: i, children: r, path: n };
}
function _d(e, t) {
  return Bc(Ec(e, 0, []), t);
}
function Bc(e, t) {
  const n = [e];
  for (const i of t) {
    const r = e.children.find((s) => s.element.name === i);
    if (!r) throw new Error(`parquet schema element not found: ${t}`);
    n.push(r), (e = r);
  }
  return n;
}
function Zr(e) {
  const t = [];
  function n(i) {
    if (i.children.length) for (const r of i.children) n(r);
    else t.push(i.path.join('.'));
  }
  return (n(e), t);
}
function Oc(e) {
  let t = 0;
  for (const { element: n } of e) n.repetition_type === 'REPEATED' && t++;
  return t;
}
function Xr(e) {
  let t = 0;
  for (const { element: n } of e.slice(1)) n.repetition_type !== 'REQUIRED' && t++;
  return t;
}
function md(e) {
  if (!e || e.element.converted_type !== 'LIST' || e.children.length > 1) return !1;
  const t = e.children[0];
  return !(t.children.length > 1 || t.element.repetition_type !== 'REPEATED');
}
function gd(e) {
  if (!e || e.element.converted_type !== 'MAP' || e.children.length > 1) return !1;
  const t = e.children[0];
  if (t.children.length !== 2 || t.element.repetition_type !== 'REPEATED') return !1;
  const n = t.children.find((r) => r.element.name === 'key');
  if ((n == null ? void 0 : n.element.repetition_type) === 'REPEATED') return !1;
  const i = t.children.find((r) => r.element.name === 'value');
  return (i == null ? void 0 : i.element.repetition_type) !== 'REPEATED';
}
function Tc(e) {
  if (e.length !== 2) return !1;
  const [, t] = e;
  return !(t.element.repetition_type === 'REPEATED' || t.children.length);
}
const bd = 0,
  Cs = 1,
  ks = 2,
  Vs = 3,
  wd = 4,
  Id = 5,
  vd = 6,
  Sd = 7,
  Ad = 8,
  Ed = 9,
  Bd = 12;
function on(e) {
  const t = {};
  let n = 0;
  for (;;) {
    if (e.offset >= e.view.byteLength) throw new Error('thrift struct ended without STOP');
    const i = e.view.getUint8(e.offset++),
      r = i & 15;
    if (r === bd) break;
    const s = i >> 4;
    (n = s ? n + s : ts(e)), (t[`field_${n}`] = gr(e, r));
  }
  return t;
}
function gr(e, t) {
  switch (t) {
    case Cs:
      return !0;
    case ks:
      return !1;
    case Vs:
      return e.view.getInt8(e.offset++);
    case wd:
    case Id:
      return ts(e);
    case vd:
      return br(e);
    case Sd: {
      const n = e.view.getFloat64(e.offset, !0);
      return ((e.offset += 8), n);
    }
    case Ad: {
      const n = Lt(e);
      if (e.offset + n > e.view.byteLength)
        throw new Error(`thrift binary length ${n} exceeds remaining ${e.view.byteLength - e.offset} bytes`);
      const i = new Uint8Array(e.view.buffer, e.view.byteOffset + e.offset, n);
      return ((e.offset += n), i);
    }
    case Ed: {
      const n = e.view.getUint8(e.offset++),
        i = n & 15;
      let r = n >> 4;
      r === 15 && (r = Lt(e));
      const s = i === Cs || i === ks,
        o = new Array(r);
      for (let a = 0; a < r; a++) o[a] = s ? gr(e, Vs) === 1 : gr(e, i);
      return o;
    }
    case Bd:
      return on(e);
    default:
      throw new Error(`thrift unhandled type: ${t}`);
  }
}
function Lt(e) {
  let t = 0,
    n = 0;
  for (;;) {
    const i = e.view.getUint8(e.offset++);
    if (((t |= (i & 127) << n), !(i & 128))) return t;
    n += 7;
  }
}
function Od(e) {
  let t = 0n,
    n = 0n;
  for (;;) {
    const i = e.view.getUint8(e.offset++);
    if (((t |= BigInt(i & 127) << n), !(i & 128))) return t;
    n += 7n;
  }
}
function ts(e) {
  const t = Lt(e);
  return (t >>> 1) ^ -(t & 1);
}
function br(e) {
  const t = Od(e);
  return (t >> 1n) ^ -(t & 1n);
}
function Td(e, t) {
  var s, o, a, c, l;
  const n = new Map(),
    i = (s = t == null ? void 0 : t.find(({ key: f }) => f === 'geo')) == null ? void 0 : s.value,
    r = (i && ((o = JSON.parse(i)) == null ? void 0 : o.columns)) ?? {};
  for (const [f, u] of Object.entries(r)) {
    if (u.encoding !== 'WKB') continue;
    const h = u.edges === 'spherical' ? 'GEOGRAPHY' : 'GEOMETRY',
      y = ((a = u.crs) == null ? void 0 : a.id) ?? ((l = (c = u.crs) == null ? void 0 : c.ids) == null ? void 0 : l[0]),
      p = y ? `${y.authority}:${y.code.toString()}` : void 0;
    n.set(f, { type: h, crs: p });
  }
  for (let f = 1; f < e.length; f++) {
    const { logical_type: u, name: h, num_children: y, type: p } = e[f];
    if (y) {
      f += y;
      continue;
    }
    p === 'BYTE_ARRAY' && !u && (e[f].logical_type = n.get(h));
  }
}
const Dd = 1 << 19,
  Nd = new TextDecoder();
function kt(e) {
  return e && Nd.decode(e);
}
async function Dc(e, { parsers: t, initialFetchSize: n = Dd, geoparquet: i = !0 } = {}) {
  if (!e || !(e.byteLength >= 0)) throw new Error('parquet expected AsyncBuffer');
  const r = Math.max(0, e.byteLength - n),
    s = await e.slice(r, e.byteLength),
    o = new DataView(s);
  if (o.getUint32(s.byteLength - 4, !0) !== 827474256) throw new Error('parquet file invalid (footer != PAR1)');
  const a = o.getUint32(s.byteLength - 8, !0);
  if (a > e.byteLength - 8)
    throw new Error(`parquet metadata length ${a} exceeds available buffer ${e.byteLength - 8}`);
  if (a + 8 > n) {
    const c = e.byteLength - a - 8,
      l = await e.slice(c, r),
      f = new ArrayBuffer(a + 8),
      u = new Uint8Array(f);
    return (u.set(new Uint8Array(l)), u.set(new Uint8Array(s), r - c), wr(f, { parsers: t, geoparquet: i }));
  } else return wr(s, { parsers: t, geoparquet: i });
}
function wr(e, { parsers: t, geoparquet: n = !0 } = {}) {
  var m;
  let i;
  if (e instanceof ArrayBuffer) i = new DataView(e);
  else if (e instanceof Uint8Array) i = new DataView(e.buffer, e.byteOffset, e.byteLength);
  else throw new Error('parquet expected ArrayBuffer or Uint8Array');
  const r = { ...xn, ...t };
  if (i.byteLength < 8) throw new Error('parquet file is too short');
  if (i.getUint32(i.byteLength - 4, !0) !== 827474256) throw new Error('parquet file invalid (footer != PAR1)');
  const s = i.byteLength - 8,
    o = i.getUint32(s, !0);
  if (o > i.byteLength - 8)
    throw new Error(`parquet metadata length ${o} exceeds available buffer ${i.byteLength - 8}`);
  const a = s - o,
    l = on({ view: i, offset: a }),
    f = l.field_1,
    u = l.field_2.map((g) => ({
      type: Us[g.field_1],
      type_length: g.field_2,
      repetition_type: ud[g.field_3],
      name: kt(g.field_4),
      num_children: g.field_5,
      converted_type: fd[g.field_6],
      scale: g.field_7,
      precision: g.field_8,
      field_id: g.field_9,
      logical_type: Rd(g.field_10),
    })),
    h = u.filter((g) => g.type),
    y = l.field_3,
    p = l.field_4.map((g) => {
      var R;
      return {
        columns: g.field_1.map((b, $) => {
          var Q, k, rt;
          return {
            file_path: kt(b.field_1),
            file_offset: b.field_2,
            meta_data: b.field_3 && {
              type: Us[b.field_3.field_1],
              encodings: (Q = b.field_3.field_2) == null ? void 0 : Q.map((tt) => me[tt]),
              path_in_schema: b.field_3.field_3.map(kt),
              codec: dd[b.field_3.field_4],
              num_values: b.field_3.field_5,
              total_uncompressed_size: b.field_3.field_6,
              total_compressed_size: b.field_3.field_7,
              key_value_metadata:
                (k = b.field_3.field_8) == null
                  ? void 0
                  : k.map((tt) => ({ key: kt(tt.field_1), value: kt(tt.field_2) })),
              data_page_offset: b.field_3.field_9,
              index_page_offset: b.field_3.field_10,
              dictionary_page_offset: b.field_3.field_11,
              statistics: Fd(b.field_3.field_12, h[$], r),
              encoding_stats:
                (rt = b.field_3.field_13) == null
                  ? void 0
                  : rt.map((tt) => ({ page_type: Ic[tt.field_1], encoding: me[tt.field_2], count: tt.field_3 })),
              bloom_filter_offset: b.field_3.field_14,
              bloom_filter_length: b.field_3.field_15,
              size_statistics: b.field_3.field_16 && {
                unencoded_byte_array_data_bytes: b.field_3.field_16.field_1,
                repetition_level_histogram: b.field_3.field_16.field_2,
                definition_level_histogram: b.field_3.field_16.field_3,
              },
              geospatial_statistics: b.field_3.field_17 && {
                bbox: b.field_3.field_17.field_1 && {
                  xmin: b.field_3.field_17.field_1.field_1,
                  xmax: b.field_3.field_17.field_1.field_2,
                  ymin: b.field_3.field_17.field_1.field_3,
                  ymax: b.field_3.field_17.field_1.field_4,
                  zmin: b.field_3.field_17.field_1.field_5,
                  zmax: b.field_3.field_17.field_1.field_6,
                  mmin: b.field_3.field_17.field_1.field_7,
                  mmax: b.field_3.field_17.field_1.field_8,
                },
                geospatial_types: b.field_3.field_17.field_2,
              },
            },
            offset_index_offset: b.field_4,
            offset_index_length: b.field_5,
            column_index_offset: b.field_6,
            column_index_length: b.field_7,
            crypto_metadata: b.field_8,
            encrypted_column_metadata: b.field_9,
          };
        }),
        total_byte_size: g.field_2,
        num_rows: g.field_3,
        sorting_columns:
          (R = g.field_4) == null
            ? void 0
            : R.map((b) => ({ column_idx: b.field_1, descending: b.field_2, nulls_first: b.field_3 })),
        file_offset: g.field_5,
        total_compressed_size: g.field_6,
        ordinal: g.field_7,
      };
    }),
    _ = (m = l.field_5) == null ? void 0 : m.map((g) => ({ key: kt(g.field_1), value: kt(g.field_2) })),
    w = kt(l.field_6);
  return (
    n && Td(u, _),
    { version: f, schema: u, num_rows: y, row_groups: p, key_value_metadata: _, created_by: w, metadata_length: o }
  );
}
function Be({ schema: e }) {
  return _d(e, [])[0];
}
function Rd(e) {
  return e != null && e.field_1
    ? { type: 'STRING' }
    : e != null && e.field_2
      ? { type: 'MAP' }
      : e != null && e.field_3
        ? { type: 'LIST' }
        : e != null && e.field_4
          ? { type: 'ENUM' }
          : e != null && e.field_5
            ? { type: 'DECIMAL', scale: e.field_5.field_1, precision: e.field_5.field_2 }
            : e != null && e.field_6
              ? { type: 'DATE' }
              : e != null && e.field_7
                ? { type: 'TIME', isAdjustedToUTC: e.field_7.field_1, unit: js(e.field_7.field_2) }
                : e != null && e.field_8
                  ? { type: 'TIMESTAMP', isAdjustedToUTC: e.field_8.field_1, unit: js(e.field_8.field_2) }
                  : e != null && e.field_10
                    ? { type: 'INTEGER', bitWidth: e.field_10.field_1, isSigned: e.field_10.field_2 }
                    : e != null && e.field_11
                      ? { type: 'NULL' }
                      : e != null && e.field_12
                        ? { type: 'JSON' }
                        : e != null && e.field_13
                          ? { type: 'BSON' }
                          : e != null && e.field_14
                            ? { type: 'UUID' }
                            : e != null && e.field_15
                              ? { type: 'FLOAT16' }
                              : e != null && e.field_16
                                ? { type: 'VARIANT', specification_version: e.field_16.field_1 }
                                : e != null && e.field_17
                                  ? { type: 'GEOMETRY', crs: kt(e.field_17.field_1) }
                                  : e != null && e.field_18
                                    ? {
                                        type: 'GEOGRAPHY',
                                        crs: kt(e.field_18.field_1),
                                        algorithm: yd[e.field_18.field_2],
                                      }
                                    : e;
}
function js(e) {
  if (e.field_1) return 'MILLIS';
  if (e.field_2) return 'MICROS';
  if (e.field_3) return 'NANOS';
  throw new Error('parquet time unit required');
}
function Fd(e, t, n) {
  return (
    e && {
      max: Ye(e.field_1, t, n),
      min: Ye(e.field_2, t, n),
      null_count: e.field_3,
      distinct_count: e.field_4,
      max_value: Ye(e.field_5, t, n),
      min_value: Ye(e.field_6, t, n),
      is_max_value_exact: e.field_7,
      is_min_value_exact: e.field_8,
    }
  );
}
function Ye(e, t, n) {
  const { type: i, converted_type: r, logical_type: s } = t;
  if (e === void 0) return e;
  if (i === 'BOOLEAN') return e[0] === 1;
  if (i === 'BYTE_ARRAY') return n.stringFromBytes(e);
  const o = new DataView(e.buffer, e.byteOffset, e.byteLength);
  if (i === 'FLOAT' && o.byteLength === 4) return o.getFloat32(0, !0);
  if (i === 'DOUBLE' && o.byteLength === 8) return o.getFloat64(0, !0);
  if (i === 'INT32' && r === 'DECIMAL' && o.byteLength === 4) return o.getInt32(0, !0) * 10 ** -(t.scale || 0);
  if (i === 'INT64' && r === 'DECIMAL' && o.byteLength === 8)
    return Number(o.getBigInt64(0, !0)) * 10 ** -(t.scale || 0);
  if (i === 'INT32' && r === 'DATE') return n.dateFromDays(o.getInt32(0, !0));
  if (i === 'INT64' && r === 'TIMESTAMP_MILLIS') return n.timestampFromMilliseconds(o.getBigInt64(0, !0));
  if (i === 'INT64' && r === 'TIMESTAMP_MICROS') return n.timestampFromMicroseconds(o.getBigInt64(0, !0));
  if (i === 'INT64' && (s == null ? void 0 : s.type) === 'TIMESTAMP' && (s == null ? void 0 : s.unit) === 'NANOS')
    return n.timestampFromNanoseconds(o.getBigInt64(0, !0));
  if (i === 'INT64' && (s == null ? void 0 : s.type) === 'TIMESTAMP' && (s == null ? void 0 : s.unit) === 'MICROS')
    return n.timestampFromMicroseconds(o.getBigInt64(0, !0));
  if (i === 'INT64' && (s == null ? void 0 : s.type) === 'TIMESTAMP')
    return n.timestampFromMilliseconds(o.getBigInt64(0, !0));
  const a =
    (r == null ? void 0 : r.startsWith('UINT_')) || ((s == null ? void 0 : s.type) === 'INTEGER' && !s.isSigned);
  return i === 'INT32' && a && o.byteLength === 4
    ? o.getUint32(0, !0)
    : i === 'INT64' && a && o.byteLength === 8
      ? o.getBigUint64(0, !0)
      : i === 'INT32' && o.byteLength === 4
        ? o.getInt32(0, !0)
        : i === 'INT64' && o.byteLength === 8
          ? o.getBigInt64(0, !0)
          : r === 'DECIMAL'
            ? Sc(e) * 10 ** -(t.scale || 0)
            : (s == null ? void 0 : s.type) === 'FLOAT16'
              ? Ac(e)
              : (s == null ? void 0 : s.type) === 'UUID'
                ? n.uuidFromBytes(e)
                : e;
}
function Ld(e, t, n = void 0) {
  const i = { ...xn, ...n },
    r = on(e);
  return {
    null_pages: r.field_1,
    min_values: r.field_2.map((s) => Ye(s, t, i)),
    max_values: r.field_3.map((s) => Ye(s, t, i)),
    boundary_order: hd[r.field_4],
    null_counts: r.field_5,
    repetition_level_histograms: r.field_6,
    definition_level_histograms: r.field_7,
  };
}
function Ir(e) {
  const t = on(e);
  return {
    page_locations: t.field_1.map((n) => ({
      offset: n.field_1,
      compressed_page_size: n.field_2,
      first_row_index: n.field_3,
    })),
    unencoded_byte_array_data_bytes: t.field_2,
  };
}
const ot = 0xffffffffffffffffn,
  ge = 0x9e3779b185ebca87n,
  bn = 0xc2b2ae3d27d4eb4fn,
  zs = 0x165667b19e3779f9n,
  Nc = 0x85ebca77c2b2ae63n,
  $s = 0x27d4eb2f165667c5n;
function oe(e, t) {
  return ((e << t) | (e >> (64n - t))) & ot;
}
function ze(e, t) {
  return ((e = (e + t * bn) & ot), (e = oe(e, 31n)), (e * ge) & ot);
}
function qn(e, t) {
  return ((e ^= ze(0n, t)), (e * ge + Nc) & ot);
}
function re(e, t = 0n) {
  const n = new DataView(e.buffer, e.byteOffset, e.byteLength),
    i = e.byteLength;
  let r = 0,
    s;
  if (i >= 32) {
    let o = (t + ge + bn) & ot,
      a = (t + bn) & ot,
      c = t,
      l = (t - ge) & ot;
    for (; r + 32 <= i; )
      (o = ze(o, n.getBigUint64(r, !0))),
        (r += 8),
        (a = ze(a, n.getBigUint64(r, !0))),
        (r += 8),
        (c = ze(c, n.getBigUint64(r, !0))),
        (r += 8),
        (l = ze(l, n.getBigUint64(r, !0))),
        (r += 8);
    (s = (oe(o, 1n) + oe(a, 7n) + oe(c, 12n) + oe(l, 18n)) & ot),
      (s = qn(s, o)),
      (s = qn(s, a)),
      (s = qn(s, c)),
      (s = qn(s, l));
  } else s = (t + $s) & ot;
  for (s = (s + BigInt(i)) & ot; r + 8 <= i; )
    (s ^= ze(0n, n.getBigUint64(r, !0))), (s = (oe(s, 27n) * ge + Nc) & ot), (r += 8);
  for (
    r + 4 <= i && ((s ^= (BigInt(n.getUint32(r, !0)) * ge) & ot), (s = (oe(s, 23n) * bn + zs) & ot), (r += 4));
    r < i;
  )
    (s ^= (BigInt(n.getUint8(r)) * $s) & ot), (s = (oe(s, 11n) * ge) & ot), (r += 1);
  return ((s ^= s >> 33n), (s = (s * bn) & ot), (s ^= s >> 29n), (s = (s * zs) & ot), (s ^= s >> 32n), s);
}
const Ud = new TextEncoder(),
  Md = new Uint32Array([1203114875, 1150766481, 2284105051, 2729912477, 1884591559, 770785867, 2667333959, 1550580529]);
function Pd(e, t) {
  return Number(((e >> 32n) * BigInt(t)) >> 32n);
}
function xd(e) {
  const t = new Uint32Array(8),
    n = Number(e & 0xffffffffn) | 0;
  for (let i = 0; i < 8; i++) t[i] = 1 << (Math.imul(n, Md[i]) >>> 27);
  return t;
}
function Ys(e, t) {
  const n = Pd(t, e.length >> 3) << 3,
    i = xd(t);
  for (let r = 0; r < 8; r++) if ((e[n + r] & i[r]) === 0) return !1;
  return !0;
}
function Cd(e) {
  var o, a, c;
  const t = on(e),
    n = t.field_1;
  if (
    typeof n != 'number' ||
    n <= 0 ||
    n % 32 !== 0 ||
    !((o = t.field_2) != null && o.field_1) ||
    !((a = t.field_3) != null && a.field_1) ||
    !((c = t.field_4) != null && c.field_1)
  )
    return;
  const { view: i, offset: r } = e;
  if (r + n > i.byteLength)
    throw new Error(`parquet bloom filter truncated: need ${n} bytes, have ${i.byteLength - r}`);
  const s = new Uint32Array(n >> 2);
  for (let l = 0; l < s.length; l++) s[l] = i.getUint32(r + l * 4, !0);
  return ((e.offset = r + n), { numBytes: n, blocks: s });
}
function Ws(e, t) {
  if (e == null) return;
  const { type: n, converted_type: i, logical_type: r } = t;
  if (n === 'BOOLEAN') return typeof e != 'boolean' ? void 0 : re(new Uint8Array([e ? 1 : 0]));
  if (n === 'FLOAT') {
    if (typeof e != 'number') return;
    const s = new ArrayBuffer(4);
    return (new DataView(s).setFloat32(0, e, !0), re(new Uint8Array(s)));
  }
  if (n === 'DOUBLE') {
    if (typeof e != 'number') return;
    const s = new ArrayBuffer(8);
    return (new DataView(s).setFloat64(0, e, !0), re(new Uint8Array(s)));
  }
  if (n === 'INT32') {
    if (
      i === 'DATE' ||
      i === 'DECIMAL' ||
      i === 'TIME_MILLIS' ||
      (r == null ? void 0 : r.type) === 'DATE' ||
      (r == null ? void 0 : r.type) === 'TIME' ||
      (r == null ? void 0 : r.type) === 'DECIMAL' ||
      typeof e != 'number' ||
      !Number.isInteger(e)
    )
      return;
    const s = new ArrayBuffer(4);
    return (new DataView(s).setInt32(0, e | 0, !0), re(new Uint8Array(s)));
  }
  if (n === 'INT64') {
    if (
      i === 'TIMESTAMP_MILLIS' ||
      i === 'TIMESTAMP_MICROS' ||
      i === 'TIME_MICROS' ||
      i === 'DECIMAL' ||
      (r == null ? void 0 : r.type) === 'TIMESTAMP' ||
      (r == null ? void 0 : r.type) === 'TIME' ||
      (r == null ? void 0 : r.type) === 'DECIMAL'
    )
      return;
    let s;
    if (typeof e == 'bigint') s = e;
    else if (typeof e == 'number' && Number.isSafeInteger(e)) s = BigInt(e);
    else return;
    const o = new ArrayBuffer(8);
    return (new DataView(o).setBigUint64(0, BigInt.asUintN(64, s), !0), re(new Uint8Array(o)));
  }
  if (n === 'BYTE_ARRAY')
    return i === 'JSON' ||
      i === 'BSON' ||
      i === 'DECIMAL' ||
      (r == null ? void 0 : r.type) === 'JSON' ||
      (r == null ? void 0 : r.type) === 'BSON' ||
      (r == null ? void 0 : r.type) === 'VARIANT' ||
      (r == null ? void 0 : r.type) === 'GEOMETRY' ||
      (r == null ? void 0 : r.type) === 'GEOGRAPHY'
      ? void 0
      : typeof e == 'string'
        ? re(Ud.encode(e))
        : e instanceof Uint8Array
          ? re(e)
          : void 0;
  if (n === 'FIXED_LEN_BYTE_ARRAY')
    return i === 'DECIMAL' ||
      i === 'INTERVAL' ||
      (r == null ? void 0 : r.type) === 'DECIMAL' ||
      (r == null ? void 0 : r.type) === 'UUID' ||
      (r == null ? void 0 : r.type) === 'FLOAT16' ||
      (r == null ? void 0 : r.type) === 'GEOMETRY' ||
      (r == null ? void 0 : r.type) === 'GEOGRAPHY'
      ? void 0
      : e instanceof Uint8Array
        ? re(e)
        : void 0;
}
function kd(e) {
  const t = new Set();
  return (vr(e, t), t);
}
function vr(e, t) {
  if (e) {
    if ('$and' in e && Array.isArray(e.$and)) {
      for (const n of e.$and) vr(n, t);
      return;
    }
    if ('$or' in e && Array.isArray(e.$or)) {
      for (const n of e.$or) vr(n, t);
      return;
    }
    if (!('$nor' in e))
      for (const [n, i] of Object.entries(e))
        n.startsWith('$') ||
          (typeof i == 'object' && i !== null && !Array.isArray(i) ? ('$eq' in i || '$in' in i) && t.add(n) : t.add(n));
  }
}
function Rc(e, t) {
  for (let i = 0; i < t.length; i += 1e4) e.push(...t.slice(i, i + 1e4));
}
function Tt(e, t, n = !0) {
  if (n ? e === t : e == t) return !0;
  if (!e || !t || typeof e != 'object' || typeof t != 'object') return !1;
  if (e instanceof Uint8Array && t instanceof Uint8Array) {
    if (e.length !== t.length) return !1;
    for (let r = 0; r < e.length; r++) if (e[r] !== t[r]) return !1;
    return !0;
  }
  if (e instanceof Date || t instanceof Date)
    return e instanceof Date && t instanceof Date && e.getTime() === t.getTime();
  if (Array.isArray(e) && Array.isArray(t)) {
    if (e.length !== t.length) return !1;
    for (let r = 0; r < e.length; r++) if (!Tt(e[r], t[r], n)) return !1;
    return !0;
  }
  const i = Object.keys(e);
  if (i.length !== Object.keys(t).length) return !1;
  for (const r of i) if (!Tt(e[r], t[r], n)) return !1;
  return !0;
}
function Fc(e) {
  if (!e) return [];
  if (e.length === 1) return e[0];
  const t = [];
  for (const n of e) Rc(t, n);
  return t;
}
const qs = new TextEncoder();
function vn(e) {
  if (!e) return [];
  const t = [];
  return (
    '$and' in e && Array.isArray(e.$and)
      ? t.push(...e.$and.flatMap(vn))
      : '$or' in e && Array.isArray(e.$or)
        ? t.push(...e.$or.flatMap(vn))
        : '$nor' in e && Array.isArray(e.$nor)
          ? t.push(...e.$nor.flatMap(vn))
          : t.push(...Object.keys(e)),
    [...new Set(t)]
  );
}
function Lc(e) {
  return [...new Set(vn(e).map((t) => t.split('.')[0]))];
}
function we(e, t, n = !0) {
  return '$and' in t && Array.isArray(t.$and)
    ? t.$and.every((i) => we(e, i, n))
    : '$or' in t && Array.isArray(t.$or)
      ? t.$or.some((i) => we(e, i, n))
      : '$nor' in t && Array.isArray(t.$nor)
        ? !t.$nor.some((i) => we(e, i, n))
        : Object.entries(t).every(([i, r]) => {
            const s = zd(e, i);
            return typeof r != 'object' || r === null || Array.isArray(r)
              ? Tt(s, r, n)
              : Object.entries(r || {}).every(([o, a]) =>
                  o === '$gt'
                    ? s != null && s > a
                    : o === '$gte'
                      ? s != null && s >= a
                      : o === '$lt'
                        ? s != null && s < a
                        : o === '$lte'
                          ? s != null && s <= a
                          : o === '$eq'
                            ? Tt(s, a, n)
                            : o === '$ne'
                              ? !Tt(s, a, n)
                              : o === '$in'
                                ? Array.isArray(a) && Gs(s, a, n)
                                : o === '$nin'
                                  ? Array.isArray(a) && !Gs(s, a, n)
                                  : o === '$not'
                                    ? !we({ value: s }, { value: a }, n)
                                    : !0,
                );
          });
}
function Gs(e, t, n) {
  return t.some((i) => Tt(e, i, n) || (Array.isArray(e) && e.some((r) => Tt(r, i, n))));
}
function Dn({ rowGroup: e, physicalColumns: t, filter: n, strict: i = !0, bloomFilters: r, schemaElements: s }) {
  var o;
  if (!n) return !1;
  if ('$and' in n && Array.isArray(n.$and))
    return n.$and.some((a) =>
      Dn({ rowGroup: e, physicalColumns: t, filter: a, strict: i, bloomFilters: r, schemaElements: s }),
    );
  if ('$or' in n && Array.isArray(n.$or))
    return n.$or.every((a) =>
      Dn({ rowGroup: e, physicalColumns: t, filter: a, strict: i, bloomFilters: r, schemaElements: s }),
    );
  if ('$nor' in n && Array.isArray(n.$nor)) return !1;
  for (const [a, c] of Object.entries(n)) {
    const l = t.indexOf(a);
    if (l === -1) continue;
    const f = (o = e.columns[l].meta_data) == null ? void 0 : o.statistics,
      { min: u, max: h, min_value: y, max_value: p, null_count: _ } = f || {},
      w = y !== void 0 ? y : u,
      m = p !== void 0 ? p : h,
      g = w !== void 0 && m !== void 0,
      R = r == null ? void 0 : r[a],
      b = s == null ? void 0 : s[a],
      $ = we({ value: null }, { value: c }, i) && (_ === void 0 || _ > 0);
    if (g && !$ && Uc(c, w, m, i, b)) return !0;
    for (const [Q, k] of Object.entries(c || {}))
      if (R && b) {
        if (Q === '$eq') {
          const rt = Ws(k, b);
          if (rt !== void 0 && !Ys(R.blocks, rt)) return !0;
        }
        if (Q === '$in' && Array.isArray(k) && k.length > 0) {
          let rt = !0;
          for (const tt of k) {
            const Mt = Ws(tt, b);
            if (Mt === void 0 || Ys(R.blocks, Mt)) {
              rt = !1;
              break;
            }
          }
          if (rt) return !0;
        }
      }
  }
  return !1;
}
function Uc(e, t, n, i, r) {
  var o;
  if (t === void 0 || n === void 0) return !1;
  const s =
    (r == null ? void 0 : r.type) === 'FLOAT' ||
    (r == null ? void 0 : r.type) === 'DOUBLE' ||
    ((o = r == null ? void 0 : r.logical_type) == null ? void 0 : o.type) === 'FLOAT16';
  for (const [a, c] of Object.entries(e || {})) {
    const l = Re(t, c, i, r),
      f = Re(n, c, i, r),
      h =
        !(t instanceof Uint8Array || n instanceof Uint8Array) &&
        ((r == null ? void 0 : r.type) !== 'BYTE_ARRAY' ||
          (typeof c == 'string' && [...c].every((y) => y.charCodeAt(0) <= 127)));
    if (
      (a === '$gt' && h && f !== void 0 && f <= 0) ||
      (a === '$gte' && h && f !== void 0 && f < 0) ||
      (a === '$lt' && h && l !== void 0 && l >= 0) ||
      (a === '$lte' && h && l !== void 0 && l > 0)
    )
      return !0;
    if (a === '$eq') {
      const y = Re(c, t, i, r),
        p = Re(c, n, i, r);
      if ((y !== void 0 && y < 0) || (p !== void 0 && p > 0)) return !0;
    }
    if (
      (a === '$ne' && !s && Tt(t, n, i) && Tt(t, c, i)) ||
      (a === '$in' &&
        Array.isArray(c) &&
        c.every((y) => {
          const p = Re(y, t, i, r),
            _ = Re(y, n, i, r);
          return (p !== void 0 && p < 0) || (_ !== void 0 && _ > 0);
        })) ||
      (a === '$nin' && !s && Array.isArray(c) && Tt(t, n, i) && c.some((y) => Tt(t, y, i)))
    )
      return !0;
  }
  return !1;
}
function Re(e, t, n, i) {
  if ((i == null ? void 0 : i.type) === 'BYTE_ARRAY')
    return typeof e != 'string' || typeof t != 'string' ? void 0 : Hs(qs.encode(e), qs.encode(t));
  if (e instanceof Uint8Array || t instanceof Uint8Array)
    return !(e instanceof Uint8Array) || !(t instanceof Uint8Array) ? void 0 : Hs(e, t);
  if (e < t) return -1;
  if (e > t) return 1;
  if (Tt(e, t, n)) return 0;
}
function Hs(e, t) {
  const n = Math.min(e.length, t.length);
  for (let i = 0; i < n; i++) {
    if (e[i] < t[i]) return -1;
    if (e[i] > t[i]) return 1;
  }
  return e.length < t.length ? -1 : e.length > t.length ? 1 : 0;
}
function Vd(e, t) {
  return we({ value: null }, { value: e }, t);
}
function Sr(e, t, n, i = !0) {
  var s;
  if (!e) return;
  if ('$and' in e && Array.isArray(e.$and)) {
    let o;
    for (const a of e.$and) o = Qs(o, Sr(a, t, n, i));
    return o;
  }
  if ('$or' in e && Array.isArray(e.$or)) {
    let o = [];
    for (const a of e.$or) {
      const c = Sr(a, t, n, i);
      if (!c) return;
      o = jd(o, c);
    }
    return o;
  }
  if ('$nor' in e && Array.isArray(e.$nor)) return;
  let r;
  for (const [o, a] of Object.entries(e)) {
    const c = t[o];
    if (!c) continue;
    const l = Vd(a, i),
      f = [];
    for (let u = 0; u < c.pageStarts.length; u++) {
      const h = c.pageStarts[u],
        y = u + 1 < c.pageStarts.length ? c.pageStarts[u + 1] : n,
        p = (s = c.nullCounts) == null ? void 0 : s[u],
        _ = l && (p === void 0 || p > 0);
      if (!(!c.nullPages[u] && !_ && Uc(a, c.minValues[u], c.maxValues[u], i, c.element))) {
        const m = f[f.length - 1];
        m && m[1] === h ? (m[1] = y) : f.push([h, y]);
      }
    }
    r = Qs(r, f);
  }
  return r;
}
function Qs(e, t) {
  if (!e) return t;
  if (!t) return e;
  const n = [];
  let i = 0,
    r = 0;
  for (; i < e.length && r < t.length; ) {
    const s = Math.max(e[i][0], t[r][0]),
      o = Math.min(e[i][1], t[r][1]);
    s < o && n.push([s, o]), e[i][1] < t[r][1] ? i++ : r++;
  }
  return n;
}
function jd(e, t) {
  const n = [];
  let i = 0,
    r = 0;
  for (; i < e.length || r < t.length; ) {
    const s = r >= t.length || (i < e.length && e[i][0] <= t[r][0]) ? e[i++] : t[r++],
      o = n[n.length - 1];
    o && s[0] <= o[1] ? (o[1] = Math.max(o[1], s[1])) : n.push([s[0], s[1]]);
  }
  return n;
}
function zd(e, t) {
  let n = e;
  for (const i of t.split('.')) n = n == null ? void 0 : n[i];
  return n;
}
const Ks = 1 << 21,
  $d = 8192;
function Yd(e) {
  const { metadata: t, rowStart: n = 0, columns: i, useOffsetIndex: r = !1 } = e;
  if (!t) throw new Error('parquetPlan requires metadata');
  const s = [],
    o = [],
    a = [],
    c = Wd(e);
  for (const l of c.groups) {
    const f = qd({ ...l, columns: i, useOffsetIndex: r });
    s.push(...f.groups), o.push(...f.fetches), a.push(...f.indexes);
  }
  return (o.push(...a), { metadata: t, rowStart: n, rowEnd: c.rowEnd, columns: i, fetches: o, groups: s });
}
function Wd({
  metadata: e,
  rowStart: t = 0,
  rowEnd: n = 1 / 0,
  columns: i,
  filter: r,
  filterStrict: s = !0,
  bloomFiltersByGroup: o,
  schemaElements: a,
  pageRangesByGroup: c,
  pageLocationsByGroup: l,
}) {
  if (!e) throw new Error('parquetPlan requires metadata');
  const f = Be(e),
    u = Zr(f),
    h = r ? { ...Pc(f), ...a } : a,
    y = [];
  let p = 0;
  for (let _ = 0; _ < e.row_groups.length; _++) {
    const w = e.row_groups[_],
      m = Number(w.num_rows),
      g = p + m;
    if (
      m > 0 &&
      g > t &&
      p < n &&
      !Dn({
        rowGroup: w,
        physicalColumns: u,
        filter: r,
        strict: s,
        bloomFilters: o == null ? void 0 : o[_],
        schemaElements: h,
      })
    ) {
      const R = Math.max(t - p, 0),
        b = Math.min(n - p, m),
        $ = c == null ? void 0 : c[_],
        Q = l == null ? void 0 : l[_];
      let k = $ ? $.map(([rt, tt]) => [Math.max(rt, R), Math.min(tt, b)]).filter(([rt, tt]) => rt < tt) : [[R, b]];
      k.length > 1 &&
        (k = w.columns.every((tt) => {
          var an, dt;
          const Mt = (an = tt.meta_data) == null ? void 0 : an.path_in_schema[0],
            Oe = (dt = tt.meta_data) == null ? void 0 : dt.path_in_schema.join('.');
          return i && Mt && !i.includes(Mt)
            ? !0
            : !!(tt.offset_index_offset && tt.offset_index_length) || !!(Oe && Q != null && Q[Oe]);
        })
          ? Gd(k, w, i, Q)
          : [[k[0][0], k[k.length - 1][1]]]),
        k.length &&
          y.push({
            rowGroup: w,
            groupIndex: _,
            groupStart: p,
            groupRows: m,
            ranges: k,
            pageRanges: $,
            pageLocations: Q,
          });
    }
    p = g;
  }
  return { groups: y, rowEnd: isFinite(n) ? n : p };
}
function qd({
  rowGroup: e,
  groupStart: t,
  groupRows: n,
  ranges: i,
  columns: r,
  useOffsetIndex: s = !1,
  pageRanges: o,
  pageLocations: a,
}) {
  const c = [],
    l = [],
    f = [],
    u = i.length > 1 || i[0][0] > 0 || i[0][1] < n;
  for (const _ of e.columns) {
    const w = _.meta_data;
    if (_.file_path) throw new Error('parquet file_path not supported');
    if (!w) throw new Error('parquet column metadata is undefined');
    if (r && !r.includes(w.path_in_schema[0])) continue;
    const m = w.dictionary_page_offset || w.data_page_offset,
      g = Number(m),
      R = Number(m + w.total_compressed_size),
      b = a == null ? void 0 : a[w.path_in_schema.join('.')];
    if (b && u) c.push({ columnMetadata: w, pageLocations: b, range: { startByte: g, endByte: R } });
    else if ((s || o) && _.offset_index_offset && _.offset_index_length && u) {
      const $ = Number(_.offset_index_offset);
      c.push({
        columnMetadata: w,
        offsetIndex: { startByte: $, endByte: $ + _.offset_index_length },
        range: { startByte: Number(m), endByte: R },
      });
    } else c.push({ columnMetadata: w, range: { startByte: g, endByte: R } });
  }
  const h = [];
  let y;
  for (const _ of c)
    'pageLocations' in _ ||
      ('offsetIndex' in _
        ? f.push(_.offsetIndex)
        : r
          ? h.push(_.range)
          : y && _.range.endByte - y.startByte <= Ks
            ? (y.endByte = _.range.endByte)
            : (y && l.push(y), (y = { ..._.range })));
  return (
    y && l.push(y),
    l.push(...Mc(h, $d, Ks)),
    {
      groups: i.map(([_, w]) => ({
        chunks: c,
        rowGroup: e,
        groupStart: t,
        groupRows: n,
        selectStart: _,
        selectEnd: w,
      })),
      fetches: l,
      indexes: f,
    }
  );
}
function Gd(e, t, n, i) {
  const r = t.columns
      .filter((o) => {
        var a;
        return !n || n.includes(((a = o.meta_data) == null ? void 0 : a.path_in_schema[0]) || '');
      })
      .map((o) => {
        var a;
        return i == null ? void 0 : i[((a = o.meta_data) == null ? void 0 : a.path_in_schema.join('.')) || ''];
      }),
    s = [];
  for (const o of e) {
    const a = s[s.length - 1],
      c =
        a &&
        r.some((l) => {
          if (!l) return !0;
          const f = Js(a, l, Number(t.num_rows)),
            u = Js(o, l, Number(t.num_rows));
          return f[0] <= u[1] && u[0] <= f[1];
        });
    a && c ? (a[1] = o[1]) : s.push([...o]);
  }
  return s;
}
function Js([e, t], n, i) {
  let r = 1 / 0,
    s = -1 / 0;
  for (let o = 0; o < n.length; o++) {
    const a = Number(n[o].first_row_index);
    (o + 1 < n.length ? Number(n[o + 1].first_row_index) : i) > e && a < t && ((r = Math.min(r, o)), (s = o));
  }
  return [r, s];
}
async function Hd({ file: e, metadata: t, filter: n, filterStrict: i = !0 }) {
  const r = t.row_groups.map(() => ({})),
    s = kd(n);
  if (s.size === 0) return r;
  const o = Zr(Be(t)),
    a = [];
  return (
    t.row_groups.forEach((c, l) => {
      var f;
      if (!Dn({ rowGroup: c, physicalColumns: o, filter: n, strict: i }))
        for (const u of s) {
          const h = o.indexOf(u);
          if (h === -1) continue;
          const y = (f = c.columns[h]) == null ? void 0 : f.meta_data;
          if (!(y != null && y.bloom_filter_offset) || !y.bloom_filter_length) continue;
          const p = Number(y.bloom_filter_offset),
            _ = p + y.bloom_filter_length;
          a.push(
            (async () => {
              const w = await e.slice(p, _),
                m = Cd({ view: new DataView(w), offset: 0 });
              m && (r[l][u] = m);
            })(),
          );
        }
    }),
    a.length && (await Promise.all(a)),
    r
  );
}
async function Qd({
  file: e,
  metadata: t,
  filter: n,
  filterStrict: i = !0,
  rowStart: r = 0,
  rowEnd: s = 1 / 0,
  columns: o,
  bloomFiltersByGroup: a,
  schemaElements: c,
  parsers: l,
}) {
  const f = t.row_groups.map(() => {}),
    u = t.row_groups.map(() => ({}));
  if (n && '$nor' in n && Array.isArray(n.$nor)) return { pageRangesByGroup: f, pageLocationsByGroup: u };
  const h = vn(n);
  if (!h.length) return { pageRangesByGroup: f, pageLocationsByGroup: u };
  const y = Be(t),
    p = Zr(y),
    _ = { ...Pc(y), ...c },
    w = [],
    m = [],
    g = [];
  let R = 0;
  if (
    (t.row_groups.forEach((b, $) => {
      const Q = Number(b.num_rows),
        k = R + Q,
        rt = Q > 0 && k > r && R < s;
      if (
        ((R = k),
        !rt ||
          Dn({
            rowGroup: b,
            physicalColumns: p,
            filter: n,
            strict: i,
            bloomFilters: a == null ? void 0 : a[$],
            schemaElements: _,
          }))
      )
        return;
      const tt = {};
      let Mt = 0;
      const Oe = new Set();
      let an = !1;
      for (const dt of h) {
        const Te = p.indexOf(dt);
        if (Te === -1) continue;
        const bt = b.columns[Te];
        if (
          !(bt == null ? void 0 : bt.meta_data) ||
          !bt.column_index_offset ||
          !bt.column_index_length ||
          !bt.offset_index_offset ||
          !bt.offset_index_length
        )
          continue;
        const pe = _[dt];
        if (!pe) continue;
        (an = !0), Oe.add(dt);
        const De = Number(bt.column_index_offset),
          cn = Number(bt.offset_index_offset),
          kn = De + bt.column_index_length,
          Vn = cn + bt.offset_index_length;
        w.push({ startByte: De, endByte: kn }, { startByte: cn, endByte: Vn }),
          Mt++,
          m.push(async (is) => {
            const [Wc, qc] = await Promise.all([is.slice(De, kn), is.slice(cn, Vn)]),
              jn = Ld({ view: new DataView(Wc), offset: 0 }, pe, l),
              rs = Ir({ view: new DataView(qc), offset: 0 });
            (u[$][dt] = rs.page_locations),
              (tt[dt] = {
                minValues: jn.min_values,
                maxValues: jn.max_values,
                nullPages: jn.null_pages,
                nullCounts: jn.null_counts,
                pageStarts: rs.page_locations.map((Gc) => Number(Gc.first_row_index)),
                element: pe,
              });
          });
      }
      if (an)
        for (const dt of b.columns) {
          const Te = dt.meta_data;
          if (!Te) continue;
          const bt = Te.path_in_schema[0],
            Cn = Te.path_in_schema.join('.');
          if ((o && !o.includes(bt)) || Oe.has(Cn) || !dt.offset_index_offset || !dt.offset_index_length) continue;
          Oe.add(Cn);
          const pe = Number(dt.offset_index_offset),
            De = pe + dt.offset_index_length;
          w.push({ startByte: pe, endByte: De }),
            Mt++,
            m.push(async (cn) => {
              const kn = await cn.slice(pe, De),
                Vn = Ir({ view: new DataView(kn), offset: 0 });
              u[$][Cn] = Vn.page_locations;
            });
        }
      Mt && g.push({ rgIdx: $, groupRows: Q, columnPages: tt });
    }),
    m.length)
  ) {
    const b = xc(e, { fetches: Mc(w) });
    await Promise.all(m.map(($) => $(b)));
    for (const { rgIdx: $, groupRows: Q, columnPages: k } of g) f[$] = Sr(n, k, Q, i);
  }
  return { pageRangesByGroup: f, pageLocationsByGroup: u };
}
function Mc(e, t = 0, n = 1 / 0) {
  const i = e.map((s) => ({ ...s })).sort((s, o) => s.startByte - o.startByte || s.endByte - o.endByte),
    r = [];
  for (const s of i) {
    const o = r[r.length - 1];
    o && s.startByte <= o.endByte + t && Math.max(o.endByte, s.endByte) - o.startByte <= n
      ? (o.endByte = Math.max(o.endByte, s.endByte))
      : r.push(s);
  }
  return r;
}
function Pc(e) {
  const t = {};
  function n(i) {
    if (i.children.length) for (const r of i.children) n(r);
    else t[i.path.join('.')] = i.element;
  }
  return (n(e), t);
}
function xc(e, { fetches: t }) {
  const n = t.map(({ startByte: i, endByte: r }) => e.slice(i, r));
  return {
    byteLength: e.byteLength,
    slice(i, r = e.byteLength) {
      const s = t.findIndex(({ startByte: o, endByte: a }) => o <= i && r <= a);
      if (s < 0) return e.slice(i, r);
      if (t[s].startByte !== i || t[s].endByte !== r) {
        const o = i - t[s].startByte,
          a = r - t[s].startByte;
        return n[s] instanceof Promise ? n[s].then((c) => c.slice(o, a)) : n[s].slice(o, a);
      } else return n[s];
    },
  };
}
const es = new TextDecoder(),
  Zs = new WeakMap();
function Cc(e, t = xn) {
  if (Array.isArray(e)) return e.map((n) => Cc(n, t));
  if (typeof e != 'object') return e;
  if ('metadata' in e) {
    const n = Kd(e.metadata),
      i = e.typed_value && ri(e.typed_value, n, t),
      r = e.value && Nn(Li(e.value), n, t);
    return i && r ? { ...r, ...i } : (i ?? r);
  }
  return e;
}
function ri(e, t, n) {
  if (e instanceof Date) return e;
  if (e && typeof e == 'object' && !Array.isArray(e) && !(e instanceof Uint8Array)) {
    if ('typed_value' in e && e.typed_value !== null && e.typed_value !== void 0) return ri(e.typed_value, t, n);
    if ('value' in e && e.value instanceof Uint8Array) return Nn(Li(e.value), t, n);
    if ('typed_value' in e || 'value' in e) return null;
    const i = {};
    for (const [r, s] of Object.entries(e)) t.dictionary.includes(r) && (i[r] = ri(s, t, n));
    return i;
  }
  return e instanceof Uint8Array ? Nn(Li(e), t, n) : Array.isArray(e) ? e.map((i) => ri(i, t, n)) : e;
}
function Li(e) {
  return { view: new DataView(e.buffer, e.byteOffset, e.byteLength), offset: 0 };
}
function Kd(e) {
  let t = Zs.get(e.buffer);
  t || ((t = new Map()), Zs.set(e.buffer, t));
  const n = `${e.byteOffset}:${e.byteLength}`,
    i = t.get(n);
  if (i) return i;
  const r = Li(e),
    s = r.view.getUint8(r.offset++),
    o = s & 15;
  if (o !== 1) throw new Error(`parquet unsupported variant metadata version: ${o}`);
  const a = ((s >> 4) & 1) === 1,
    c = ((s >> 6) & 3) + 1,
    l = ve(r, c),
    f = new Array(l + 1);
  for (let p = 0; p < f.length; p++) f[p] = ve(r, c);
  const u = r.offset,
    h = new Array(l);
  for (let p = 0; p < l; p++) {
    const _ = f[p],
      w = f[p + 1],
      m = new Uint8Array(e.buffer, e.byteOffset + u + _, w - _);
    h[p] = es.decode(m);
  }
  const y = { dictionary: h, sorted: a };
  return (t.set(n, y), y);
}
function ve(e, t) {
  let n = 0;
  for (let i = 0; i < t; i++) n |= e.view.getUint8(e.offset + i) << (i * 8);
  return ((e.offset += t), n);
}
function Nn(e, t, n) {
  const i = e.view.getUint8(e.offset++),
    r = i & 3,
    s = i >> 2;
  if (r === 0) return Jd(e, s, n);
  if (r === 2) return Zd(e, s, t, n);
  if (r === 3) return Xd(e, s, t, n);
  const o = new Uint8Array(e.view.buffer, e.view.byteOffset + e.offset, s);
  return ((e.offset += s), es.decode(o));
}
function Jd(e, t, n) {
  switch (t) {
    case 0:
      return null;
    case 1:
      return !0;
    case 2:
      return !1;
    case 3: {
      const i = e.view.getInt8(e.offset);
      return ((e.offset += 1), i);
    }
    case 4: {
      const i = e.view.getInt16(e.offset, !0);
      return ((e.offset += 2), i);
    }
    case 5: {
      const i = e.view.getInt32(e.offset, !0);
      return ((e.offset += 4), i);
    }
    case 6: {
      const i = e.view.getBigInt64(e.offset, !0);
      return ((e.offset += 8), i);
    }
    case 7: {
      const i = e.view.getFloat64(e.offset, !0);
      return ((e.offset += 8), i);
    }
    case 8:
      return Xi(e, 4);
    case 9:
      return Xi(e, 8);
    case 10:
      return Xi(e, 16);
    case 11: {
      const i = e.view.getInt32(e.offset, !0);
      return ((e.offset += 4), n.dateFromDays(i));
    }
    case 12:
    case 13: {
      const i = e.view.getBigInt64(e.offset, !0);
      return ((e.offset += 8), n.timestampFromMicroseconds(i));
    }
    case 14: {
      const i = e.view.getFloat32(e.offset, !0);
      return ((e.offset += 4), i);
    }
    case 15:
      return Xs(e);
    case 16: {
      const i = Xs(e);
      return es.decode(i);
    }
    case 17: {
      const i = e.view.getBigInt64(e.offset, !0);
      return ((e.offset += 8), i);
    }
    case 18:
    case 19: {
      const i = e.view.getBigInt64(e.offset, !0);
      return ((e.offset += 8), n.timestampFromNanoseconds(i));
    }
    case 20: {
      const i = new Uint8Array(e.view.buffer, e.view.byteOffset + e.offset, 16);
      e.offset += 16;
      const r = Array.from(i, (s) => s.toString(16).padStart(2, '0')).join('');
      return `${r.slice(0, 8)}-${r.slice(8, 12)}-${r.slice(12, 16)}-${r.slice(16, 20)}-${r.slice(20)}`;
    }
    default:
      throw new Error(`parquet unsupported variant primitive type: ${t}`);
  }
}
function Zd(e, t, n, i) {
  const r = (t & 3) + 1,
    s = ((t >> 2) & 3) + 1,
    a = (t >> 4) & 1 ? ve(e, 4) : e.view.getUint8(e.offset++),
    c = new Array(a);
  for (let u = 0; u < a; u++) c[u] = ve(e, s);
  const l = new Array(a + 1);
  for (let u = 0; u < l.length; u++) l[u] = ve(e, r);
  const f = {};
  for (let u = 0; u < a; u++) {
    const h = n.dictionary[c[u]],
      y = { view: e.view, offset: e.offset + l[u] };
    f[h] = Nn(y, n, i);
  }
  return ((e.offset += l[l.length - 1]), f);
}
function Xd(e, t, n, i) {
  const r = t & 3,
    s = (t >> 2) & 1,
    o = r + 1,
    a = ve(e, s ? 4 : 1),
    c = new Array(a + 1);
  for (let u = 0; u < c.length; u++) c[u] = ve(e, o);
  const l = e.offset,
    f = new Array(a);
  for (let u = 0; u < a; u++) {
    const h = { view: e.view, offset: l + c[u] };
    f[u] = Nn(h, n, i);
  }
  return ((e.offset = l + c[c.length - 1]), f);
}
function Xi(e, t) {
  const n = e.view.getUint8(e.offset);
  e.offset += 1;
  let i;
  if (t === 4) (i = BigInt(e.view.getInt32(e.offset, !0))), (e.offset += 4);
  else if (t === 8) (i = e.view.getBigInt64(e.offset, !0)), (e.offset += 8);
  else {
    const r = e.view.getBigUint64(e.offset, !0);
    (i = (e.view.getBigInt64(e.offset + 8, !0) << 64n) | r), (e.offset += 16);
  }
  return Number(i) * 10 ** -n;
}
function Xs(e) {
  const t = e.view.getUint32(e.offset, !0);
  e.offset += 4;
  const n = new Uint8Array(e.view.buffer, e.view.byteOffset + e.offset, t);
  return ((e.offset += t), n);
}
function to(e, t, n, i, r) {
  const s = Xr(r);
  if (!(t != null && t.length) && !n.length) {
    if (!s || !i.length) return i;
    t = new Array(i.length).fill(s);
  }
  const o = (t == null ? void 0 : t.length) || n.length,
    a = r.map(({ element: p }) => p.repetition_type);
  let c = 0;
  const l = [e];
  let f = e,
    u = 0,
    h = 0,
    y = 0;
  if (n[0])
    for (; u < a.length - 2 && y < n[0]; )
      u++, a[u] !== 'REQUIRED' && ((f = f.at(-1)), l.push(f), h++), a[u] === 'REPEATED' && y++;
  for (let p = 0; p < o; p++) {
    const _ = t != null && t.length ? t[p] : s,
      w = n[p];
    for (; u && (w < y || a[u] !== 'REPEATED'); )
      a[u] !== 'REQUIRED' && (l.pop(), h--), a[u] === 'REPEATED' && y--, u--;
    for (f = l.at(-1); (u < a.length - 2 || a[u + 1] === 'REPEATED') && (h < _ || a[u + 1] === 'REQUIRED'); ) {
      if ((u++, a[u] !== 'REQUIRED')) {
        const m = [];
        f.push(m), (f = m), l.push(m), h++;
      }
      a[u] === 'REPEATED' && y++;
    }
    _ === s ? f.push(i[c++]) : u === a.length - 2 ? f.push(null) : f.push([]);
  }
  if (!e.length)
    for (let p = 0; p < s; p++) {
      const _ = [];
      f.push(_), (f = _);
    }
  return e;
}
function wn(e, t, n, i = 0) {
  var a;
  const r = t.path.join('.'),
    s = t.element.repetition_type === 'OPTIONAL',
    o = s ? i + 1 : i;
  if (md(t)) {
    let c = t.children[0],
      l = o;
    c.children.length === 1 && ((c = c.children[0]), l++), wn(e, c, n, l);
    const f = c.path.join('.'),
      u = e.get(f);
    if (!u) throw new Error('parquet list column missing values');
    s && si(u, i), e.set(r, u), e.delete(f);
    return;
  }
  if (gd(t)) {
    const c = t.children[0].element.name;
    wn(e, t.children[0].children[0], n, o + 1), wn(e, t.children[0].children[1], n, o + 1);
    const l = e.get(`${r}.${c}.key`),
      f = e.get(`${r}.${c}.value`);
    if (!l) throw new Error('parquet map column missing keys');
    if (!f) throw new Error('parquet map column missing values');
    if (l.length !== f.length) throw new Error('parquet map column key/value length mismatch');
    const u = kc(l, f, o);
    s && si(u, i), e.delete(`${r}.${c}.key`), e.delete(`${r}.${c}.value`), e.set(r, u);
    return;
  }
  if (t.children.length) {
    const c = t.element.repetition_type === 'REQUIRED' ? i : i + 1,
      l = {};
    for (const u of t.children) {
      wn(e, u, n, c);
      const h = e.get(u.path.join('.'));
      if (!h) throw new Error('parquet struct missing child data');
      l[u.element.name] = h;
    }
    for (const u of t.children) e.delete(u.path.join('.'));
    let f = Vc(l, c);
    ((a = t.element.logical_type) == null ? void 0 : a.type) === 'VARIANT' && (f = Cc(f, n)),
      s && si(f, i),
      e.set(r, f);
  }
}
function si(e, t) {
  for (let n = 0; n < e.length; n++) t ? si(e[n], t - 1) : (e[n] = e[n][0]);
}
function kc(e, t, n) {
  const i = [];
  for (let r = 0; r < e.length; r++)
    if (n) i.push(kc(e[r], t[r], n - 1));
    else if (e[r]) {
      const s = {};
      for (let o = 0; o < e[r].length; o++) {
        const a = t[r][o];
        s[e[r][o]] = a === void 0 ? null : a;
      }
      i.push(s);
    } else i.push(void 0);
  return i;
}
function Vc(e, t) {
  var s;
  const n = Object.keys(e),
    i = (s = e[n[0]]) == null ? void 0 : s.length,
    r = [];
  for (let o = 0; o < i; o++) {
    const a = {};
    for (const c of n) {
      if (e[c].length !== i) throw new Error('parquet struct parsing error');
      a[c] = e[c][o];
    }
    t ? r.push(Vc(a, t - 1)) : r.push(a);
  }
  return r;
}
function Rn(e, t, n) {
  if (n instanceof Int32Array) {
    th(e, t, n);
    return;
  }
  const i = Lt(e),
    r = Lt(e);
  Lt(e);
  let s = br(e),
    o = 0;
  n[o++] = s;
  const a = i / r;
  for (; o < t; ) {
    const c = br(e),
      l = new Uint8Array(r);
    for (let f = 0; f < r; f++) l[f] = e.view.getUint8(e.offset++);
    for (let f = 0; f < r && o < t; f++) {
      const u = l[f];
      if (u) {
        let h = 0,
          y = a;
        const p = (1n << BigInt(u)) - 1n;
        for (; y && o < t; ) {
          let _ = BigInt(e.view.getUint32(e.offset, !0) >>> h) & p;
          for (h += u; h >= 32; )
            (h -= 32), (e.offset += 4), h && (_ |= (BigInt(e.view.getUint32(e.offset, !0)) << BigInt(u - h)) & p);
          const w = c + _;
          (s += w), (n[o++] = s), y--;
        }
        y && (e.offset += Math.ceil((y * u + h) / 8));
      } else for (let h = 0; h < a && o < t; h++) (s += c), (n[o++] = s);
    }
  }
}
function th(e, t, n) {
  const i = Lt(e),
    r = Lt(e);
  Lt(e);
  let s = ts(e),
    o = 0;
  n[o++] = s;
  const a = i / r,
    { view: c } = e;
  for (; o < t; ) {
    const l = eh(e),
      f = e.offset;
    let u = f + r;
    for (let h = 0; h < r && o < t; h++) {
      const y = c.getUint8(f + h),
        p = u + (a * y) / 8;
      let _ = 0;
      for (let w = 0; w < a && o < t; w++) {
        let m = 0,
          g = 0;
        for (; g < y; ) {
          const R = Math.min(8 - _, y - g);
          g < 32 && (m |= ((c.getUint8(u) >>> _) & ((1 << R) - 1)) << g), (g += R), (_ += R), _ === 8 && ((_ = 0), u++);
        }
        (s = (s + l + m) | 0), (n[o++] = s);
      }
      u = p;
    }
    e.offset = u;
  }
}
function eh(e) {
  const t = e.offset,
    n = Lt(e),
    i = e.offset - t === 5 ? (e.view.getUint8(t + 4) >>> 4) & 1 : 0;
  return ((n >>> 1) | (i << 31)) ^ -(n & 1);
}
function jc(e, t, n) {
  const i = new Int32Array(t);
  Rn(e, t, i);
  for (let r = 0; r < t; r++)
    (n[r] = new Uint8Array(e.view.buffer, e.view.byteOffset + e.offset, i[r])), (e.offset += i[r]);
}
function zc(e, t, n) {
  const i = new Int32Array(t);
  Rn(e, t, i);
  const r = new Int32Array(t);
  Rn(e, t, r);
  for (let s = 0; s < t; s++) {
    const o = new Uint8Array(e.view.buffer, e.view.byteOffset + e.offset, r[s]);
    i[s] ? ((n[s] = new Uint8Array(i[s] + r[s])), n[s].set(n[s - 1].subarray(0, i[s])), n[s].set(o, i[s])) : (n[s] = o),
      (e.offset += r[s]);
  }
}
function he(e, t, n, i) {
  i === void 0 && ((i = e.view.getUint32(e.offset, !0)), (e.offset += 4));
  const r = e.offset;
  let s = 0;
  for (; s < n.length; ) {
    const o = Lt(e);
    if (o & 1) s = ih(e, o, t, n, s);
    else {
      const a = o >>> 1;
      nh(e, a, t, n, s), (s += a);
    }
  }
  e.offset = r + i;
}
function nh(e, t, n, i, r) {
  const s = (n + 7) >> 3;
  let o = 0;
  for (let a = 0; a < s; a++) o |= e.view.getUint8(e.offset++) << (a << 3);
  for (let a = 0; a < t; a++) i[r + a] = o;
}
function ih(e, t, n, i, r) {
  let s = (t >> 1) << 3;
  const o = (1 << n) - 1;
  let a = 0;
  if (e.offset < e.view.byteLength) a = e.view.getUint8(e.offset++);
  else if (o) throw new Error(`parquet bitpack offset ${e.offset} out of range`);
  let c = 8,
    l = 0;
  for (; s; )
    l > 8
      ? ((l -= 8), (c -= 8), (a >>>= 8))
      : c - l < n
        ? ((a |= e.view.getUint8(e.offset) << c), e.offset++, (c += 8))
        : (r < i.length && (i[r++] = (a >> l) & o), s--, (l += n));
  return r;
}
function $c(e, t, n, i) {
  const r = rh(n, i),
    s = new Uint8Array(t * r);
  for (let o = 0; o < r; o++) for (let a = 0; a < t; a++) s[a * r + o] = e.view.getUint8(e.offset++);
  if (n === 'FLOAT') return new Float32Array(s.buffer);
  if (n === 'DOUBLE') return new Float64Array(s.buffer);
  if (n === 'INT32') return new Int32Array(s.buffer);
  if (n === 'INT64') return new BigInt64Array(s.buffer);
  if (n === 'FIXED_LEN_BYTE_ARRAY') {
    const o = new Array(t);
    for (let a = 0; a < t; a++) o[a] = s.subarray(a * r, (a + 1) * r);
    return o;
  }
  throw new Error(`parquet byte_stream_split unsupported type: ${n}`);
}
function rh(e, t) {
  switch (e) {
    case 'INT32':
    case 'FLOAT':
      return 4;
    case 'INT64':
    case 'DOUBLE':
      return 8;
    case 'FIXED_LEN_BYTE_ARRAY':
      if (!t) throw new Error('parquet byteWidth missing type_length');
      return t;
    default:
      throw new Error(`parquet unsupported type: ${e}`);
  }
}
function ns(e, t, n, i) {
  if (n === 0) return [];
  if (t === 'BOOLEAN') return sh(e, n);
  if (t === 'INT32') return oh(e, n);
  if (t === 'INT64') return ah(e, n);
  if (t === 'INT96') return ch(e, n);
  if (t === 'FLOAT') return lh(e, n);
  if (t === 'DOUBLE') return uh(e, n);
  if (t === 'BYTE_ARRAY') return fh(e, n);
  if (t === 'FIXED_LEN_BYTE_ARRAY') {
    if (!i) throw new Error('parquet missing fixed length');
    return dh(e, n, i);
  } else throw new Error(`parquet unhandled type: ${t}`);
}
function sh(e, t) {
  const n = new Array(t);
  for (let i = 0; i < t; i++) {
    const r = e.offset + ((i / 8) | 0),
      s = i % 8,
      o = e.view.getUint8(r);
    n[i] = (o & (1 << s)) !== 0;
  }
  return ((e.offset += Math.ceil(t / 8)), n);
}
function oh(e, t) {
  const n =
    (e.view.byteOffset + e.offset) % 4
      ? new Int32Array(Vi(e.view.buffer, e.view.byteOffset + e.offset, t * 4))
      : new Int32Array(e.view.buffer, e.view.byteOffset + e.offset, t);
  return ((e.offset += t * 4), n);
}
function ah(e, t) {
  const n =
    (e.view.byteOffset + e.offset) % 8
      ? new BigInt64Array(Vi(e.view.buffer, e.view.byteOffset + e.offset, t * 8))
      : new BigInt64Array(e.view.buffer, e.view.byteOffset + e.offset, t);
  return ((e.offset += t * 8), n);
}
function ch(e, t) {
  const n = new Array(t);
  for (let i = 0; i < t; i++) {
    const r = e.view.getBigInt64(e.offset + i * 12, !0),
      s = e.view.getInt32(e.offset + i * 12 + 8, !0);
    n[i] = (BigInt(s) << 64n) | r;
  }
  return ((e.offset += t * 12), n);
}
function lh(e, t) {
  const n =
    (e.view.byteOffset + e.offset) % 4
      ? new Float32Array(Vi(e.view.buffer, e.view.byteOffset + e.offset, t * 4))
      : new Float32Array(e.view.buffer, e.view.byteOffset + e.offset, t);
  return ((e.offset += t * 4), n);
}
function uh(e, t) {
  const n =
    (e.view.byteOffset + e.offset) % 8
      ? new Float64Array(Vi(e.view.buffer, e.view.byteOffset + e.offset, t * 8))
      : new Float64Array(e.view.buffer, e.view.byteOffset + e.offset, t);
  return ((e.offset += t * 8), n);
}
function fh(e, t) {
  const n = new Array(t);
  for (let i = 0; i < t; i++) {
    const r = e.view.getUint32(e.offset, !0);
    (e.offset += 4), (n[i] = new Uint8Array(e.view.buffer, e.view.byteOffset + e.offset, r)), (e.offset += r);
  }
  return n;
}
function dh(e, t, n) {
  const i = new Array(t);
  for (let r = 0; r < t; r++) (i[r] = new Uint8Array(e.view.buffer, e.view.byteOffset + e.offset, n)), (e.offset += n);
  return i;
}
function Vi(e, t, n) {
  const i = new ArrayBuffer(n);
  return (new Uint8Array(i).set(new Uint8Array(e, t, n)), i);
}
const hh = [0, 255, 65535, 16777215, 4294967295];
function eo(e, t, n, i, r) {
  for (let s = 0; s < r; s++) n[i + s] = e[t + s];
}
function yh(e, t) {
  const n = e.byteLength,
    i = t.byteLength;
  let r = 0,
    s = 0;
  for (; r < n; ) {
    const o = e[r];
    if ((r++, o < 128)) break;
  }
  if (i && r >= n) throw new Error('invalid snappy length header');
  for (; r < n; ) {
    const o = e[r];
    let a = 0;
    if ((r++, r >= n)) throw new Error('missing eof marker');
    if ((o & 3) === 0) {
      let c = (o >>> 2) + 1;
      if (c > 60) {
        if (r + 3 >= n) throw new Error('snappy error literal pos + 3 >= inputLength');
        const l = c - 60;
        (c = e[r] + (e[r + 1] << 8) + (e[r + 2] << 16) + (e[r + 3] << 24)), (c = (c & hh[l]) + 1), (r += l);
      }
      if (r + c > n) throw new Error('snappy error literal exceeds input length');
      eo(e, r, t, s, c), (r += c), (s += c);
    } else {
      let c = 0;
      switch (o & 3) {
        case 1:
          (a = ((o >>> 2) & 7) + 4), (c = e[r] + ((o >>> 5) << 8)), r++;
          break;
        case 2:
          if (n <= r + 1) throw new Error('snappy error end of input');
          (a = (o >>> 2) + 1), (c = e[r] + (e[r + 1] << 8)), (r += 2);
          break;
        case 3:
          if (n <= r + 3) throw new Error('snappy error end of input');
          (a = (o >>> 2) + 1), (c = e[r] + (e[r + 1] << 8) + (e[r + 2] << 16) + (e[r + 3] << 24)), (r += 4);
          break;
      }
      if (c === 0 || isNaN(c)) throw new Error(`invalid offset ${c} pos ${r} inputLength ${n}`);
      if (c > s) throw new Error('cannot copy from before start of buffer');
      eo(t, s - c, t, s, a), (s += a);
    }
  }
  if (s !== i) throw new Error('premature end of input');
}
function ph(e, t, { type: n, element: i, schemaPath: r }) {
  const s = new DataView(e.buffer, e.byteOffset, e.byteLength),
    o = { view: s, offset: 0 };
  let a;
  const c = _h(o, t, r),
    { definitionLevels: l, numNulls: f } = mh(o, t, r),
    u = t.num_values - f;
  if (t.encoding === 'PLAIN') a = ns(o, n, u, i.type_length);
  else if (t.encoding === 'PLAIN_DICTIONARY' || t.encoding === 'RLE_DICTIONARY' || t.encoding === 'RLE') {
    const h = n === 'BOOLEAN' ? 1 : s.getUint8(o.offset++);
    h
      ? ((a = new Array(u)),
        n === 'BOOLEAN' ? (he(o, h, a), (a = a.map((y) => !!y))) : he(o, h, a, s.byteLength - o.offset))
      : (a = new Uint8Array(u));
  } else if (t.encoding === 'BYTE_STREAM_SPLIT') a = $c(o, u, n, i.type_length);
  else if (t.encoding === 'DELTA_BINARY_PACKED')
    (a = n === 'INT32' ? new Int32Array(u) : new BigInt64Array(u)), Rn(o, u, a);
  else if (t.encoding === 'DELTA_LENGTH_BYTE_ARRAY') (a = new Array(u)), jc(o, u, a);
  else if (t.encoding === 'DELTA_BYTE_ARRAY') (a = new Array(u)), zc(o, u, a);
  else throw new Error(`parquet unsupported encoding: ${t.encoding}`);
  return { definitionLevels: l, repetitionLevels: c, dataPage: a };
}
function _h(e, t, n) {
  if (n.length > 1) {
    const i = Oc(n);
    if (i) {
      const r = new Array(t.num_values);
      return (he(e, ji(i), r), r);
    }
  }
  return [];
}
function mh(e, t, n) {
  const i = Xr(n);
  if (!i) return { definitionLevels: [], numNulls: 0 };
  const r = new Array(t.num_values);
  he(e, ji(i), r);
  let s = t.num_values;
  for (const o of r) o === i && s--;
  return (s === 0 && (r.length = 0), { definitionLevels: r, numNulls: s });
}
function Ar(e, t, n, i) {
  let r;
  const s = i == null ? void 0 : i[n];
  if (n === 'UNCOMPRESSED') r = e;
  else if (s) r = s(e, t);
  else if (n === 'SNAPPY') (r = new Uint8Array(t)), yh(e, r);
  else throw new Error(`parquet unsupported compression codec: ${n}`);
  if ((r == null ? void 0 : r.length) !== t)
    throw new Error(`parquet decompressed page length ${r == null ? void 0 : r.length} does not match header ${t}`);
  return r;
}
function gh(e, t, n) {
  const r = { view: new DataView(e.buffer, e.byteOffset, e.byteLength), offset: 0 },
    { type: s, element: o, schemaPath: a, codec: c, compressors: l } = n,
    f = t.data_page_header_v2;
  if (!f) throw new Error('parquet data page header v2 is undefined');
  const u = bh(r, f, a);
  r.offset = f.repetition_levels_byte_length;
  const h = wh(r, f, a),
    y = t.uncompressed_page_size - f.definition_levels_byte_length - f.repetition_levels_byte_length;
  let p = e.subarray(r.offset);
  f.is_compressed !== !1 && (p = Ar(p, y, c, l));
  const _ = new DataView(p.buffer, p.byteOffset, p.byteLength),
    w = { view: _, offset: 0 };
  let m;
  const g = f.num_values - f.num_nulls;
  if (f.encoding === 'PLAIN') m = ns(w, s, g, o.type_length);
  else if (f.encoding === 'RLE') (m = new Array(g)), he(w, 1, m), (m = m.map((R) => !!R));
  else if (f.encoding === 'PLAIN_DICTIONARY' || f.encoding === 'RLE_DICTIONARY') {
    const R = _.getUint8(w.offset++);
    (m = new Array(g)), he(w, R, m, y - 1);
  } else if (f.encoding === 'DELTA_BINARY_PACKED')
    (m = s === 'INT32' ? new Int32Array(g) : new BigInt64Array(g)), Rn(w, g, m);
  else if (f.encoding === 'DELTA_LENGTH_BYTE_ARRAY') (m = new Array(g)), jc(w, g, m);
  else if (f.encoding === 'DELTA_BYTE_ARRAY') (m = new Array(g)), zc(w, g, m);
  else if (f.encoding === 'BYTE_STREAM_SPLIT') m = $c(w, g, s, o.type_length);
  else throw new Error(`parquet unsupported encoding: ${f.encoding}`);
  return { definitionLevels: h, repetitionLevels: u, dataPage: m };
}
function bh(e, t, n) {
  const i = Oc(n);
  if (!i) return [];
  const r = new Array(t.num_values);
  return (he(e, ji(i), r, t.repetition_levels_byte_length), r);
}
function wh(e, t, n) {
  const i = Xr(n);
  if (i) {
    const r = new Array(t.num_values);
    return (he(e, ji(i), r, t.definition_levels_byte_length), r);
  }
}
function ji(e) {
  return 32 - Math.clz32(e);
}
function Yc(e, { groupStart: t, selectStart: n, selectEnd: i }, r, s) {
  const { pathInSchema: o, schemaPath: a } = r,
    c = Tc(a),
    l = [];
  let f,
    u,
    h = 0,
    y = 0;
  const p =
    s &&
    (() => {
      u && s({ pathInSchema: o, columnData: u, rowStart: t + h - u.length, rowEnd: t + h });
    });
  for (; (c ? h < i : e.offset < e.view.byteLength - 1) && !(e.offset >= e.view.byteLength - 1); ) {
    const _ = Ih(e);
    if (_.type === 'DICTIONARY_PAGE') {
      const { data: w } = no(e, _, r, f, void 0, 0);
      w && (f = vc(w, r));
    } else {
      const w = (u == null ? void 0 : u.length) || 0,
        m = no(e, _, r, f, u, n - h);
      m.skipped
        ? (l.length || (y += m.skipped), (h += m.skipped))
        : m.data && u === m.data
          ? (h += m.data.length - w)
          : m.data && m.data.length && (p == null || p(), l.push(m.data), (h += m.data.length), (u = m.data));
    }
  }
  return (p == null || p(), { data: l, skipped: y });
}
function no(e, t, n, i, r, s) {
  const { type: o, element: a, schemaPath: c, codec: l, compressors: f } = n,
    u = new Uint8Array(e.view.buffer, e.view.byteOffset + e.offset, t.compressed_page_size);
  if (((e.offset += t.compressed_page_size), t.type === 'DATA_PAGE')) {
    const h = t.data_page_header;
    if (!h) throw new Error('parquet data page header is undefined');
    if (s > h.num_values && Tc(c)) return { skipped: h.num_values };
    const y = Ar(u, Number(t.uncompressed_page_size), l, f),
      { definitionLevels: p, repetitionLevels: _, dataPage: w } = ph(y, h, n),
      m = xs(w, i, h.encoding, n),
      g = Array.isArray(r) ? r : [];
    return { skipped: 0, data: to(g, p, _, m, c) };
  } else if (t.type === 'DATA_PAGE_V2') {
    const h = t.data_page_header_v2;
    if (!h) throw new Error('parquet data page header v2 is undefined');
    if (s > h.num_rows) return { skipped: h.num_rows };
    const { definitionLevels: y, repetitionLevels: p, dataPage: _ } = gh(u, t, n),
      w = xs(_, i, h.encoding, n),
      m = Array.isArray(r) ? r : [];
    return { skipped: 0, data: to(m, y, p, w, c) };
  } else if (t.type === 'DICTIONARY_PAGE') {
    const h = t.dictionary_page_header;
    if (!h) throw new Error('parquet dictionary page header is undefined');
    const y = Ar(u, Number(t.uncompressed_page_size), l, f),
      p = { view: new DataView(y.buffer, y.byteOffset, y.byteLength), offset: 0 };
    return { skipped: 0, data: ns(p, o, h.num_values, a.type_length) };
  } else throw new Error(`parquet unsupported page type: ${t.type}`);
}
function Ih(e) {
  const t = on(e),
    n = Ic[t.field_1],
    i = t.field_2,
    r = t.field_3,
    s = t.field_4,
    o = t.field_5 && {
      num_values: t.field_5.field_1,
      encoding: me[t.field_5.field_2],
      definition_level_encoding: me[t.field_5.field_3],
      repetition_level_encoding: me[t.field_5.field_4],
      statistics: io(t.field_5.field_5),
    },
    a = t.field_6,
    c = t.field_7 && { num_values: t.field_7.field_1, encoding: me[t.field_7.field_2], is_sorted: t.field_7.field_3 },
    l = t.field_8 && {
      num_values: t.field_8.field_1,
      num_nulls: t.field_8.field_2,
      num_rows: t.field_8.field_3,
      encoding: me[t.field_8.field_4],
      definition_levels_byte_length: t.field_8.field_5,
      repetition_levels_byte_length: t.field_8.field_6,
      is_compressed: t.field_8.field_7 === void 0 ? !0 : t.field_8.field_7,
      statistics: io(t.field_8.field_8),
    };
  return {
    type: n,
    uncompressed_page_size: i,
    compressed_page_size: r,
    crc: s,
    data_page_header: o,
    index_page_header: a,
    dictionary_page_header: c,
    data_page_header_v2: l,
  };
}
function io(e) {
  return (
    e && {
      max: e.field_1,
      min: e.field_2,
      null_count: e.field_3,
      distinct_count: e.field_4,
      max_value: e.field_5,
      min_value: e.field_6,
      is_max_value_exact: e.field_7,
      is_min_value_exact: e.field_8,
    }
  );
}
function vh(e, { metadata: t }, n) {
  const i = [],
    r = Be(t);
  for (const s of n.chunks) {
    const { path_in_schema: o } = s.columnMetadata,
      a = Bc(r, o),
      c = {
        pathInSchema: o,
        element: a[a.length - 1].element,
        schemaPath: a,
        ...e,
        ...s.columnMetadata,
        parsers: { ...xn, ...e.parsers },
      },
      { startByte: l, endByte: f } = s.range;
    'pageLocations' in s
      ? i.push({ pathInSchema: o, data: ro(e, n, s, s.pageLocations, c) })
      : 'offsetIndex' in s
        ? i.push({
            pathInSchema: o,
            data: Promise.resolve(e.file.slice(s.offsetIndex.startByte, s.offsetIndex.endByte)).then((u) => {
              const h = Ir({ view: new DataView(u), offset: 0 }).page_locations;
              return ro(e, n, s, h, c);
            }),
          })
        : i.push({
            pathInSchema: o,
            data: Promise.resolve(e.file.slice(l, f)).then((u) => {
              const h = { view: new DataView(u), offset: 0 };
              return Yc(h, n, c, e.onPage);
            }),
          });
  }
  return {
    groupStart: n.groupStart,
    groupRows: n.groupRows,
    selectStart: n.selectStart,
    selectEnd: n.selectEnd,
    asyncColumns: i,
  };
}
async function ro(e, t, n, i, r) {
  const { data_page_offset: s, dictionary_page_offset: o } = n.columnMetadata,
    { selectStart: a, selectEnd: c } = t;
  let { startByte: l, endByte: f } = n.range,
    u = -1;
  const h = o || s < i[0].offset;
  for (let g = 0; g < i.length; g++) {
    const R = i[g],
      b = Number(R.first_row_index),
      $ = g + 1 < i.length ? Number(i[g + 1].first_row_index) : t.groupRows;
    u < 0 && $ > a && ((l = Number(R.offset)), (u = b)), b < c && (f = Number(R.offset) + R.compressed_page_size);
  }
  u < 0 && (u = 0);
  let y;
  if (h && u) {
    const g = Number(i[0].offset) - n.range.startByte,
      [R, b] = await Promise.all([e.file.slice(n.range.startByte, Number(i[0].offset)), e.file.slice(l, f)]),
      $ = new Uint8Array(g + b.byteLength);
    $.set(new Uint8Array(R, 0, g)), $.set(new Uint8Array(b), g), (y = new DataView($.buffer));
  } else
    h ? (y = new DataView(await e.file.slice(n.range.startByte, f))) : (y = new DataView(await e.file.slice(l, f)));
  const p = { view: y, offset: 0 },
    _ = u ? { ...t, groupStart: t.groupStart + u, selectStart: t.selectStart - u, selectEnd: t.selectEnd - u } : t,
    { data: w, skipped: m } = Yc(p, _, r, e.onPage);
  return { data: w, skipped: u + m };
}
async function so({ asyncColumns: e }, t, n, i, r) {
  const s = await Promise.all(e.map((u) => u.data.then(({ skipped: h, data: y }) => ({ skipped: h, data: Fc(y) })))),
    o = n - t;
  if (r === 'object') {
    const u = Array(o);
    for (let h = 0; h < o; h++) {
      const y = {};
      for (let p = 0; p < e.length; p++) {
        const { data: _, skipped: w } = s[p];
        y[e[p].pathInSchema[0]] = _[t + h - w];
      }
      u[h] = y;
    }
    return u;
  }
  const a = e.map((u) => u.pathInSchema[0]).filter((u) => !i || i.includes(u)),
    c = i ?? a,
    l = c.map((u) => e.findIndex((h) => h.pathInSchema[0] === u)),
    f = Array(o);
  for (let u = 0; u < o; u++) {
    const h = Array(e.length);
    for (let y = 0; y < c.length; y++) {
      const p = l[y];
      if (p < 0) throw new Error(`parquet column not found: ${c[y]}`);
      const { data: _, skipped: w } = s[p];
      h[y] = _[t + u - w];
    }
    f[u] = h;
  }
  return f;
}
function Sh(e, t, n) {
  const { asyncColumns: i } = e,
    r = { ...xn, ...n },
    s = [];
  for (const o of t.children)
    if (o.children.length) {
      const a = i.filter((c) => c.pathInSchema[0] === o.element.name);
      if (!a.length) continue;
      s.push({
        pathInSchema: o.path,
        data: (async () => {
          const c = await Promise.all(a.map((p) => p.data)),
            l = new Map(),
            f = c.map(({ data: p }) => Fc(p)),
            u = Math.max(e.selectStart ?? 0, ...c.map((p) => p.skipped)),
            h = Math.min(e.selectEnd ?? 1 / 0, ...c.map((p, _) => p.skipped + f[_].length));
          for (let p = 0; p < a.length; p++) {
            const _ = u - c[p].skipped,
              w = Math.max(0, h - u);
            l.set(a[p].pathInSchema.join('.'), f[p].slice(_, _ + w));
          }
          wn(l, o, r);
          const y = l.get(o.element.name);
          if (!y) throw new Error('parquet column data not assembled');
          return { data: [y], skipped: u };
        })(),
      });
    } else {
      const a = i.find((c) => c.pathInSchema[0] === o.element.name);
      a && s.push(a);
    }
  return { ...e, asyncColumns: s };
}
async function Ah(e) {
  const t = await Eh(e);
  return { options: t, plan: Yd(t) };
}
async function Eh(e) {
  const t = e.metadata ?? (await Dc(e.file, e)),
    n = Be(t).children.map((o) => o.element.name),
    r = Lc(e.filter).filter((o) => !n.includes(o));
  if (r.length) throw new Error(`parquet filter columns not found: ${r.join(', ')}`);
  if (e.columns) {
    const o = e.columns.filter((a) => !n.includes(a));
    if (o.length) throw new Error(`parquet column not found: ${o[0]}`);
  }
  let s = { ...e, metadata: t };
  return ((s = await Oh(s)), (s = await Th(s)), s);
}
function Bh(e, t) {
  const n = { ...e, file: xc(e.file, t) };
  return t.groups.map((i) => vh(n, t, i));
}
async function Oh(e) {
  if (!e.useBloomFilters || !e.filter || !e.metadata) return e;
  const t = Be(e.metadata),
    n = {};
  for (const r of t.children) n[r.element.name] = r.element;
  const i = await Hd({ file: e.file, metadata: e.metadata, filter: e.filter, filterStrict: e.filterStrict });
  return { ...e, bloomFiltersByGroup: i, schemaElements: n };
}
async function Th(e) {
  if (!e.usePageIndex || !e.filter || !e.metadata) return e;
  const { pageRangesByGroup: t, pageLocationsByGroup: n } = await Qd({
    file: e.file,
    metadata: e.metadata,
    filter: e.filter,
    filterStrict: e.filterStrict,
    rowStart: e.rowStart,
    rowEnd: e.rowEnd,
    columns: e.columns,
    bloomFiltersByGroup: e.bloomFiltersByGroup,
    schemaElements: e.schemaElements,
    parsers: e.parsers,
  });
  return { ...e, pageRangesByGroup: t, pageLocationsByGroup: n };
}
const Dh = Symbol('rowIndex');
async function Nh(e) {
  e.metadata ?? (e.metadata = await Dc(e.file, e));
  const {
    rowStart: t = 0,
    rowEnd: n,
    columns: i,
    onChunk: r,
    onComplete: s,
    rowFormat: o,
    filter: a,
    filterStrict: c = !0,
  } = e;
  if (a && o !== 'object') throw new Error('parquet filter requires rowFormat: "object"');
  if (e.includeRowIndex && o !== 'object') throw new Error('parquet includeRowIndex requires rowFormat: "object"');
  const l = Lc(a);
  let f = i;
  if (i && l.length) {
    const g = new Set(i),
      R = l.filter((b) => !g.has(b));
    R.length && (f = [...i, ...R]);
  }
  const u = f === i ? e : { ...e, columns: f },
    h = await Ah(u),
    y = h.options,
    p = f !== i,
    _ = Bh(y, h.plan);
  if (!s && !r) {
    await tr(_);
    return;
  }
  if (!y.metadata) throw new Error('parquet requires metadata');
  const w = Be(y.metadata),
    m = _.map((g) => Sh(g, w, e.parsers));
  if (r)
    for (const g of m)
      for (const R of g.asyncColumns)
        R.data.then(
          ({ data: b, skipped: $ }) => {
            let Q = g.groupStart + $;
            for (const k of b)
              r({ columnName: R.pathInSchema[0], columnData: k, rowStart: Q, rowEnd: Q + k.length }), (Q += k.length);
          },
          () => {},
        );
  if (s) {
    await tr(m);
    const g = [];
    for (const R of m) {
      const b = R.selectStart ?? Math.max(t - R.groupStart, 0),
        $ = R.selectEnd ?? Math.min((n ?? 1 / 0) - R.groupStart, R.groupRows),
        Q = o === 'object' ? await so(R, b, $, f, 'object') : await so(R, b, $, i, 'array');
      if (e.includeRowIndex)
        for (let k = 0; k < Q.length; k++) Object.defineProperty(Q[k], Dh, { value: R.groupStart + b + k });
      if (a) {
        for (const k of Q)
          if (we(k, a, c)) {
            if (p && i) for (const rt of l) i.includes(rt) || delete k[rt];
            g.push(k);
          }
      } else Rc(g, Q);
    }
    s(g);
  } else await tr(m);
}
async function tr(e) {
  const t = e.flatMap((r) => r.asyncColumns.map((s) => s.data)),
    i = (await Promise.allSettled(t)).find((r) => r.status === 'rejected');
  if (i) throw i.reason;
}
function Rh(e) {
  switch (e) {
    case 'INTEGER':
    case 'SMALLINT':
    case 'TINYINT':
      return new Ae();
    case 'DOUBLE':
    case 'FLOAT':
    case 'BIGINT':
    case 'HUGEINT':
      return new Mi();
    case 'BOOLEAN':
      return new Xe();
    case 'DATE':
      return new Jo();
    default:
      return new Ze();
  }
}
async function Fh(e, t) {
  const n = wr(e);
  return Lh(e, n, t, 0, Number(n.num_rows));
}
async function Lh(e, t, n, i, r) {
  const s = Math.max(0, r - i),
    o = new Map(n.map((c) => [c.name, new Array(s)]));
  s > 0 &&
    (await Nh({
      file: e,
      metadata: t,
      rowStart: i,
      rowEnd: r,
      columns: n.map((c) => c.name),
      parsers: { stringFromBytes: (c) => c },
      onChunk: ({ columnName: c, columnData: l, rowStart: f }) => {
        const u = o.get(c);
        if (!u) return;
        const h = Math.max(i, f),
          y = Math.min(r, f + l.length);
        for (let p = h; p < y; p++) u[p - i] = l[p - f];
      },
    }));
  const a = Object.fromEntries(n.map((c) => [c.name, ec(Uh(Rh(c.type), o.get(c.name) ?? [], s))]));
  return new at(a);
}
function Uh(e, t, n) {
  const i = new Uint8Array(Math.ceil(n / 8));
  let r = 0;
  const s = (a) => {
    const c = t[a];
    return c == null ? (r++, !1) : ((i[a >> 3] |= 1 << (a & 7)), !0);
  };
  if (e instanceof Ze) return Ph(e, t, n, s, i, () => r);
  if (e instanceof Xe) {
    const a = new Uint8Array(Math.ceil(n / 8));
    for (let c = 0; c < n; c++) s(c) && t[c] && (a[c >> 3] |= 1 << (c & 7));
    return v({ type: e, length: n, nullCount: r, nullBitmap: i, data: a });
  }
  const o = e instanceof Mi ? new Float64Array(n) : new Int32Array(n);
  for (let a = 0; a < n; a++) s(a) && (o[a] = Mh(t[a], e));
  return v({ type: e, length: n, nullCount: r, nullBitmap: i, data: o });
}
function Mh(e, t) {
  return t instanceof Jo ? Math.floor((e instanceof Date ? e.getTime() : Number(e)) / 864e5) : Number(e);
}
function Ph(e, t, n, i, r, s) {
  const o = new TextEncoder(),
    a = new Array(n),
    c = new Int32Array(n + 1);
  let l = 0;
  for (let u = 0; u < n; u++) {
    if (i(u)) {
      const h = t[u],
        y = h instanceof Uint8Array ? h : o.encode(String(h));
      (a[u] = y), (l += y.length);
    }
    c[u + 1] = l;
  }
  const f = new Uint8Array(l);
  for (let u = 0; u < n; u++) {
    const h = a[u];
    h && f.set(h, c[u]);
  }
  return v({ type: e, length: n, nullCount: s(), nullBitmap: r, valueOffsets: c, data: f });
}
const un = (e) => new URL(e, location.href).href;
async function xh() {
  var c;
  const e = new URLSearchParams(location.search),
    t = e.get('data') ?? '/data/',
    n = (e.get('tables') ?? '').split(',').filter(Boolean),
    i = await (await fetch(`${t}manifest.json`)).json(),
    r = await od({ mvp: { mainModule: un(ld), mainWorker: un(Ls) }, eh: { mainModule: un(cd), mainWorker: un(ad) } }),
    s = new Kf(new kf(), new Worker(r.mainWorker ?? un(Ls)));
  await s.instantiate(r.mainModule, r.pthreadWorker);
  const o = await s.connect();
  await Promise.all(
    n.map(async (l) => {
      const f = i.tables[l],
        u = await (await fetch(`${t}${f.file}?v=${i.dataVersion}`)).arrayBuffer();
      await o.insertArrowTable(await Fh(u, f.columns), { name: l, create: !0 });
    }),
  );
  const a = await o.query('SELECT 42 AS answer');
  (document.body.dataset.answered = String((c = a.getChild('answer')) == null ? void 0 : c.get(0))),
    (document.body.dataset.readyAt = String(performance.now()));
}
xh().catch((e) => {
  document.body.dataset.error = String(e);
});
