import { useSyncExternalStore } from 'react';

// Only the theme is remembered in localStorage (never tokens). The choice is applied before
// first paint by /theme-init.js (an external script: the CSP allows no inline script).
export type Theme = 'light' | 'dark';
const key = 'vitrin.theme';
const listeners = new Set<() => void>();

function current(): Theme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

export function setTheme(theme: Theme) {
  document.documentElement.classList.toggle('dark', theme === 'dark');
  document.documentElement.style.colorScheme = theme;
  localStorage.setItem(key, theme);
  listeners.forEach((l) => l());
}

export function useTheme(): Theme {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    current,
    () => 'light',
  );
}
