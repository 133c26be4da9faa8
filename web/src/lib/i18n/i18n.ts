import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/lib/i18n/en';

export const languages = ['en', 'fa'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'vitrin.lang';

function savedLanguage(): Language {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(storageKey) : null;
  if (saved === 'en' || saved === 'fa') return saved;
  return typeof navigator !== 'undefined' && navigator.language?.startsWith('fa') ? 'fa' : 'en';
}

function applyToDocument(lang: string) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr';
}

// English is bundled; Persian is its own chunk, loaded when chosen (keeps the first load small).
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes text already.
});

export async function setLanguage(lang: Language) {
  if (lang === 'fa' && !i18n.hasResourceBundle('fa', 'translation')) {
    i18n.addResourceBundle('fa', 'translation', (await import('@/lib/i18n/fa')).default);
  }
  await i18n.changeLanguage(lang);
  applyToDocument(lang);
  localStorage.setItem(storageKey, lang);
}

/** Called once before the first render, so a Persian reader never sees English first. */
export async function initLanguage() {
  const lang = savedLanguage();
  if (lang !== 'en') await setLanguage(lang);
  else applyToDocument('en');
}

export default i18n;
