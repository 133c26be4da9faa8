import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, formErrors } from '@/lib/api/problem';
import type { TokenResponse } from '@/lib/api/types';
import { useSignIn } from '@/features/auth/api/sign-in';
import { Button } from '@/components/ui/button';
import { FormErrors, TextField } from '@/components/ui/field';
import { AuthSeams } from '@/features/auth/components/auth-seams';
import { GoogleSignInButton } from '@/features/auth/components/google-sign-in-button';

export function SignInForm({ onSignedIn, next }: { onSignedIn: (s: TokenResponse) => void; next: string }) {
  const { t } = useTranslation();
  const mutation = useSignIn();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  const general = formErrors(error, ['login', 'password'], (seconds) => t('common.tryLater', { seconds }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate({ login: login.trim(), password }, { onSuccess: onSignedIn });
  };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormErrors messages={general} />
      <TextField label={t('auth.login')} name="login" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} error={error?.fieldErrors('login')} required />
      <TextField label={t('auth.password')} name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={error?.fieldErrors('password')} required />
      <Button type="submit" className="w-full" disabled={mutation.isPending}>{t('auth.submitSignIn')}</Button>
      <GoogleSignInButton onSignedIn={onSignedIn} />
      <AuthSeams />
      <p className="text-center text-sm">{t('auth.noAccount')} <Link to={`/signup?next=${encodeURIComponent(next)}`} className="font-medium underline">{t('nav.signUp')}</Link></p>
    </form>
  );
}
