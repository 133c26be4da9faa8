import { useTranslation } from 'react-i18next';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';
import { usePageTitle } from '@/lib/page-title';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('emailLinks.forgotTitle'));
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">{t('emailLinks.forgotTitle')}</h1>
      <ForgotPasswordForm />
    </div>
  );
}
