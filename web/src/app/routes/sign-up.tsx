import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SignUpForm } from '@/features/auth/components/sign-up-form';
import { useAuth } from '@/lib/auth/session';
import { usePageTitle } from '@/lib/page-title';
import { safeNext } from '@/app/routes/sign-in';

export default function SignUpPage() {
  const { t } = useTranslation();
  const { signIn, status } = useAuth();
  const navigate = useNavigate();
  const next = safeNext(useSearchParams()[0].get('next'));
  usePageTitle(t('auth.signUpTitle'));
  if (status === 'signed-in') return <Navigate to={next} replace />;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">{t('auth.signUpTitle')}</h1>
      <SignUpForm next={next} onSignedUp={(s) => { signIn(s); void navigate(next, { replace: true }); }} />
    </div>
  );
}
