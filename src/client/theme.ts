import { useEffect, useState } from 'react';
import type { ThemeName } from '../charts/theme';

const pageTheme = (): ThemeName => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

/** Follows the page theme (data-theme on <html>), which the layout's toggle sets: the charts draw with it. */
export function usePageTheme(): ThemeName {
  const [theme, setTheme] = useState(pageTheme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(pageTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}
