import { useTranslation } from 'react-i18next';
import { formErrors } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth/session';
import { useResendConfirmation } from '@/features/auth/api/email-links';
import { useSetEmailDigest } from '@/features/auth/api/email-digest';
import { Button } from '@/components/ui/button';
import { FormErrors } from '@/components/ui/field';

/** Email confirmation state (with a resend button) and the digest opt-in. */
export function EmailSettings() {
  const { t } = useTranslation();
  const { user, updateUser } = useAuth();
  const resend = useResendConfirmation();
  const digest = useSetEmailDigest();
  if (!user) return null;
  const wait = (seconds: number) => t('common.tryLater', { seconds });
  return (
    <section className="space-y-3">
      <h2 className="text-lg font-semibold">{t('emailLinks.settingsTitle')}</h2>
      {user.emailConfirmed ? (
        <p className="text-sm text-ink-soft">{t('emailLinks.confirmed', { email: user.email })}</p>
      ) : (
        <div className="space-y-2">
          <p className="text-sm">{t('emailLinks.unconfirmed', { email: user.email })}</p>
          <FormErrors messages={formErrors(resend.error, [], wait)} />
          {resend.isSuccess ? (
            <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">{t('emailLinks.resent')}</p>
          ) : (
            <Button type="button" variant="secondary" disabled={resend.isPending} onClick={() => resend.mutate()}>{t('emailLinks.resend')}</Button>
          )}
        </div>
      )}
      <FormErrors messages={formErrors(digest.error, [], wait)} />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={user.emailDigest ?? false}
          disabled={digest.isPending}
          onChange={(e) => {
            const on = e.target.checked;
            digest.mutate(on, { onSuccess: () => updateUser({ emailDigest: on }) });
          }}
        />
        <span>
          {t('emailLinks.digest')}
          <span className="block text-ink-soft">{t('emailLinks.digestHint')}</span>
        </span>
      </label>
    </section>
  );
}
