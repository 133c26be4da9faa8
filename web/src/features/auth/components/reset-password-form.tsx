import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, formErrors } from '@/lib/api/problem';
import { useResetPassword } from '@/features/auth/api/email-links';
import { Button } from '@/components/ui/button';
import { FormErrors, TextField } from '@/components/ui/field';

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const mutation = useResetPassword();
  const [password, setPassword] = useState('');
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate({ token, newPassword: password });
  };
  if (mutation.isSuccess) {
    return (
      <p role="status" className="text-sm">
        {t('emailLinks.resetDone')} <Link to="/signin" className="font-medium underline">{t('nav.signIn')}</Link>
      </p>
    );
  }
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormErrors messages={[...(error?.fieldErrors('token') ?? []), ...formErrors(error, ['newPassword', 'token'], (seconds) => t('common.tryLater', { seconds }))]} />
      <TextField label={t('account.newPassword')} name="newPassword" type="password" autoComplete="new-password" value={password}
        onChange={(e) => setPassword(e.target.value)} error={error?.fieldErrors('newPassword')} hint={t('auth.passwordHint')} required />
      <Button type="submit" className="w-full" disabled={mutation.isPending}>{t('emailLinks.resetSubmit')}</Button>
    </form>
  );
}
