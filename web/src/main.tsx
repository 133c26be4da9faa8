import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/index.css';
import { initLanguage } from '@/lib/i18n/i18n';
import { App } from '@/app/app';

await initLanguage();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
