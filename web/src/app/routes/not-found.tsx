import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/lib/page-title';

export function NotFound({ message }: { message?: string }) {
  const { t } = useTranslation();
  usePageTitle(t('errors.notFoundTitle'));
  return (
    <div className="py-16 text-center">
      <p className="text-5xl font-bold text-ink-soft">404</p>
      <h1 className="mt-2 text-2xl font-bold">{t('errors.notFoundTitle')}</h1>
      <p className="mt-2 text-ink-soft">{message ?? t('errors.notFound')}</p>
      <Link to="/" className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">{t('errors.home')}</Link>
    </div>
  );
}

export default function NotFoundPage() {
  return <NotFound />;
}
