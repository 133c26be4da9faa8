import { Suspense } from 'react';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Header } from '@/app/header';
import { Loading } from '@/components/ui/states';

export function Layout() {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2">{t('app.skip')}</a>
      <Header />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-3 py-4 sm:px-6 sm:py-6">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="border-t border-line py-4 text-center text-sm text-ink-soft">
        <p>{t('app.name')} — {t('app.tagline')}</p>
        {/* The moderation log is public (every moderator action, as on Lobsters). */}
        <Link to="/moderation-log" className="underline">{t('nav.modLog')}</Link>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
