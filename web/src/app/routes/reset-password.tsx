import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';
import { usePageTitle } from '@/lib/page-title';

/** Opened from the emailed link: /reset-password?token=… */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  usePageTitle(t('emailLinks.resetTitle'));
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">{t('emailLinks.resetTitle')}</h1>
      {token ? <ResetPasswordForm token={token} /> : (
        <p className="text-sm">{t('emailLinks.missingToken')} <Link to="/forgot-password" className="font-medium underline">{t('emailLinks.forgotTitle')}</Link></p>
      )}
    </div>
  );
}
