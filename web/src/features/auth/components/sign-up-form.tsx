import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, formErrors } from '@/lib/api/problem';
import type { TokenResponse } from '@/lib/api/types';
import { useSignUp, type SignUpInput } from '@/features/auth/api/sign-up';
import { Button } from '@/components/ui/button';
import { FormErrors, TextField } from '@/components/ui/field';
import { AuthSeams } from '@/features/auth/components/auth-seams';
import { GoogleSignInButton } from '@/features/auth/components/google-sign-in-button';
import i18n from '@/lib/i18n/i18n';

type Errors = Partial<Record<keyof SignUpInput, string>>;

/** Client checks mirror the API's rules; the API has the last word (taken names, common passwords). */
export function validateSignUp(v: SignUpInput): Errors {
  const e: Errors = {};
  if (!/^[A-Za-z0-9_]{3,30}$/.test(v.username)) e.username = i18n.t('validation.username');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email)) e.email = i18n.t('validation.email');
  if (v.password.length < 8 || v.password.length > 128) e.password = i18n.t('validation.password');
  if (v.displayName.length > 60) e.displayName = i18n.t('validation.atMost', { max: 60 });
  return e;
}

export function SignUpForm({ onSignedUp, next }: { onSignedUp: (s: TokenResponse) => void; next: string }) {
  const { t } = useTranslation();
  const mutation = useSignUp();
  const [values, setValues] = useState<SignUpInput>({ username: '', email: '', password: '', displayName: '' });
  const [local, setLocal] = useState<Errors>({});
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  const fieldErrors = (f: keyof SignUpInput) => [...(local[f] ? [local[f]] : []), ...(error?.fieldErrors(f) ?? [])];
  const general = formErrors(error, ['username', 'email', 'password', 'displayName'], (seconds) => t('common.tryLater', { seconds }));
  const set = (k: keyof SignUpInput) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = { ...values, username: values.username.trim(), email: values.email.trim(), displayName: values.displayName.trim() };
    const errors = validateSignUp(v);
    setLocal(errors);
    mutation.reset();
    if (Object.keys(errors).length === 0) mutation.mutate(v, { onSuccess: onSignedUp });
  };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormErrors messages={general} />
      <TextField label={t('auth.username')} name="username" autoComplete="username" value={values.username} onChange={set('username')} error={fieldErrors('username')} hint={t('auth.usernameHint')} required />
      <TextField label={t('auth.email')} name="email" type="email" autoComplete="email" value={values.email} onChange={set('email')} error={fieldErrors('email')} required />
      <TextField label={t('auth.password')} name="password" type="password" autoComplete="new-password" value={values.password} onChange={set('password')} error={fieldErrors('password')} hint={t('auth.passwordHint')} required />
      <TextField label={t('auth.displayName')} name="displayName" autoComplete="name" value={values.displayName} onChange={set('displayName')} error={fieldErrors('displayName')} />
      <Button type="submit" className="w-full" disabled={mutation.isPending}>{t('auth.submitSignUp')}</Button>
      <GoogleSignInButton onSignedIn={onSignedUp} />
      <AuthSeams />
      <p className="text-center text-sm">{t('auth.haveAccount')} <Link to={`/signin?next=${encodeURIComponent(next)}`} className="font-medium underline">{t('nav.signIn')}</Link></p>
    </form>
  );
}
