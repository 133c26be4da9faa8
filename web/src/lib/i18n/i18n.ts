import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/lib/i18n/en';
import fa from '@/lib/i18n/fa';

export const languages = ['en', 'fa'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'vitrin.lang';

function initialLanguage(): Language {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(storageKey) : null;
  if (saved === 'en' || saved === 'fa') return saved;
  return typeof navigator !== 'undefined' && navigator.language?.startsWith('fa') ? 'fa' : 'en';
}

function applyToDocument(lang: string) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fa: { translation: fa } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes text already.
});
applyToDocument(i18n.language);
i18n.on('languageChanged', (lang) => {
  applyToDocument(lang);
  localStorage.setItem(storageKey, lang);
});

export default i18n;
