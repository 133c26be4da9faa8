import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useConfirmEmail } from '@/features/auth/api/email-links';
import { ApiError } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth/session';
import { Button } from '@/components/ui/button';
import { FormErrors } from '@/components/ui/field';
import { usePageTitle } from '@/lib/page-title';

/**
 * Opened from the emailed link: /confirm-email?token=… The token is spent by a click, not on load,
 * so mail scanners that open links do not use it up.
 */
export default function ConfirmEmailPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  const { user, updateUser } = useAuth();
  const mutation = useConfirmEmail();
  usePageTitle(t('emailLinks.confirmTitle'));
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">{t('emailLinks.confirmTitle')}</h1>
      {!token && <p className="text-sm">{t('emailLinks.missingToken')}</p>}
      {token && mutation.isSuccess && (
        <p role="status" className="text-sm">{t('emailLinks.confirmDone')} <Link to="/" className="font-medium underline">{t('emailLinks.home')}</Link></p>
      )}
      {token && !mutation.isSuccess && (
        <>
          <FormErrors messages={error ? (error.fieldErrors('token').length ? error.fieldErrors('token') : [error.message]) : []} />
          <Button type="button" className="w-full" disabled={mutation.isPending}
            onClick={() => mutation.mutate(token, { onSuccess: () => { if (user) updateUser({ emailConfirmed: true }); } })}>
            {t('emailLinks.confirmSubmit')}
          </Button>
        </>
      )}
    </div>
  );
}
