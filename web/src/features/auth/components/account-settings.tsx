import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, formErrors } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth/session';
import { useChangePassword } from '@/features/auth/api/change-password';
import { useDeleteAccount } from '@/features/auth/api/delete-account';
import { Button } from '@/components/ui/button';
import { FormErrors, TextField } from '@/components/ui/field';

function ChangePassword() {
  const { t } = useTranslation();
  const mutation = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (next.length < 8 || next.length > 128) return setLocal(t('validation.password'));
    setLocal(null);
    mutation.mutate({ currentPassword: current, newPassword: next }, { onSuccess: () => { setDone(true); setCurrent(''); setNext(''); } });
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <h2 className="text-lg font-semibold">{t('account.password')}</h2>
      <FormErrors messages={formErrors(error, ['currentPassword', 'newPassword'], (seconds) => t('common.tryLater', { seconds }))} />
      {done && <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">{t('account.passwordChanged')}</p>}
      <TextField label={t('account.currentPassword')} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} error={error?.fieldErrors('currentPassword')} />
      <TextField label={t('account.newPassword')} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)}
        error={[...(local ? [local] : []), ...(error?.fieldErrors('newPassword') ?? [])]} hint={t('auth.passwordHint')} />
      <Button type="submit" disabled={mutation.isPending}>{t('account.changePassword')}</Button>
    </form>
  );
}

function DeleteAccount() {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const mutation = useDeleteAccount();
  const [password, setPassword] = useState('');
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!confirm(t('account.deleteConfirm'))) return;
    mutation.mutate(user?.hasPassword ? password : null, { onSuccess: () => void signOut().then(() => location.assign('/')) });
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <h2 className="text-lg font-semibold">{t('account.delete')}</h2>
      <p className="text-sm text-ink-soft">{t('account.deleteHint')}</p>
      <FormErrors messages={formErrors(error, ['password'], (seconds) => t('common.tryLater', { seconds }))} />
      {user?.hasPassword && (
        <TextField label={t('auth.password')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={error?.fieldErrors('password')} />
      )}
      <Button type="submit" variant="danger" disabled={mutation.isPending}>{t('account.delete')}</Button>
    </form>
  );
}

/** Password change (other sessions are signed out by the API) and account deletion. */
export function AccountSettings() {
  return (
    <div className="mt-8 space-y-8 border-t border-line pt-6">
      <ChangePassword />
      <DeleteAccount />
    </div>
  );
}
