/** Behaviour of the page shell: the theme toggle, and a language switch that keeps the current filters. */
export function initShell(): void {
  const root = document.documentElement;
  const toggle = document.querySelector<HTMLButtonElement>('.theme-toggle');
  const label = () => {
    if (toggle)
      toggle.textContent = root.dataset.theme === 'dark' ? (toggle.dataset.light ?? '') : (toggle.dataset.dark ?? '');
  };
  label();
  toggle?.addEventListener('click', () => {
    root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem('theme', root.dataset.theme);
    } catch {
      // private mode: the choice lasts for this page only
    }
    label();
  });
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-query]')) {
    a.addEventListener('click', () => {
      a.search = location.search;
    });
  }
}
