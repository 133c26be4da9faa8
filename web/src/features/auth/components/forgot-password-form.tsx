import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, formErrors } from '@/lib/api/problem';
import { useForgotPassword } from '@/features/auth/api/email-links';
import { Button } from '@/components/ui/button';
import { FormErrors, TextField } from '@/components/ui/field';

export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const mutation = useForgotPassword();
  const [email, setEmail] = useState('');
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate(email.trim());
  };
  if (mutation.isSuccess) return <p role="status" className="text-sm">{t('emailLinks.forgotSent')}</p>;
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <p className="text-sm text-ink-soft">{t('emailLinks.forgotHint')}</p>
      <FormErrors messages={formErrors(error, ['email'], (seconds) => t('common.tryLater', { seconds }))} />
      <TextField label={t('auth.email')} name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={error?.fieldErrors('email')} required />
      <Button type="submit" className="w-full" disabled={mutation.isPending}>{t('emailLinks.forgotSubmit')}</Button>
    </form>
  );
}
