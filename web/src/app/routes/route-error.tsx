import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFound } from '@/app/routes/not-found';

/** Shown when a page throws while rendering (or its chunk fails to load). */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <div role="alert" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t('errors.crashTitle')}</h1>
      <p className="mt-2 text-ink-soft">{t('errors.crash')}</p>
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={() => location.reload()} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white">{t('common.retry')}</button>
        <Link to="/" className="rounded-md border border-line px-4 py-2 font-medium">{t('errors.home')}</Link>
      </div>
    </div>
  );
}
