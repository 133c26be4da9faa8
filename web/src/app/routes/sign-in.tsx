import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useAuth } from '@/lib/auth/session';
import { usePageTitle } from '@/lib/page-title';

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeNext(raw: string | null) {
  return raw && raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/\\') ? raw : '/';
}

export default function SignInPage() {
  const { t } = useTranslation();
  const { signIn, status } = useAuth();
  const navigate = useNavigate();
  const next = safeNext(useSearchParams()[0].get('next'));
  usePageTitle(t('auth.signInTitle'));
  if (status === 'signed-in') return <Navigate to={next} replace />;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">{t('auth.signInTitle')}</h1>
      <SignInForm next={next} onSignedIn={(s) => { signIn(s); void navigate(next, { replace: true }); }} />
    </div>
  );
}
