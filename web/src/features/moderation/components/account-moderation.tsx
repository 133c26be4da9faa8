import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/session';
import { useBanUser, useSetRole, type AssignableRole } from '@/features/moderation/api/account-moderation';
import { useModeratedUser } from '@/features/moderation/api/get-moderated-user';
import { Button } from '@/components/ui/button';
import { formatDate, formatList } from '@/lib/format';

const assignable: AssignableRole[] = ['moderator', 'admin'];

/**
 * Ban (moderators and admins) and roles (admins) on someone's profile, showing the account's real
 * state (GET /admin/users/{username}). Optimistic: the state changes on click and rolls back, with
 * the API's reason, if the call fails.
 */
export function AccountModeration({ username }: { username: string }) {
  const { t } = useTranslation();
  const { user, isModerator } = useAuth();
  const account = useModeratedUser(username, isModerator);
  const ban = useBanUser(username);
  const setRole = useSetRole(username);
  const [reason, setReason] = useState('');
  if (!user || !account.data || user.id === account.data.id) return null;

  const isAdmin = user.roles.includes('admin');
  const { bannedAt, roles } = account.data;
  const staffRoles = assignable.filter((r) => roles.includes(r));
  // The API's rule, known in advance now that the roles are: only admins ban or unban staff.
  const mayBan = isAdmin || staffRoles.length === 0;
  const toggleBan = () => ban.mutate({ banned: !bannedAt, reason: reason.trim() || undefined }, { onSuccess: () => setReason('') });
  const error = ban.error ?? setRole.error;

  return (
    <section aria-label={t('moderation.account')} className="space-y-3 rounded-md border border-dashed border-line p-3 text-sm">
      <h2 className="font-semibold">{t('moderation.account')}</h2>
      <p data-testid="account-state">
        {bannedAt
          ? <span className="font-medium text-red-700 dark:text-red-400">{t('moderation.bannedSince', { date: formatDate(bannedAt) })}</span>
          : t('moderation.notBanned')}
        {' · '}
        {t('moderation.currentRoles', { roles: staffRoles.length ? formatList(staffRoles.map((r) => t(`moderation.roles.${r}`))) : t('moderation.noStaffRole') })}
      </p>
      {error && <p role="alert" className="text-red-700 dark:text-red-400">{error.message}</p>}
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-48 flex-1 flex-col gap-1">
          <span className="text-ink-soft">{t('moderation.banReason')}</span>
          <input value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} className="rounded-md border border-line bg-surface px-2 py-1.5" />
        </label>
        <Button variant={bannedAt ? 'secondary' : 'danger'} disabled={ban.isPending || !mayBan} aria-describedby={mayBan ? undefined : 'ban-staff-only'} onClick={toggleBan}>
          {bannedAt ? t('moderation.unban') : t('moderation.ban')}
        </Button>
      </div>
      {!mayBan && <p id="ban-staff-only" className="text-ink-soft">{t('moderation.adminsBanStaff')}</p>}
      {isAdmin && (
        <ul className="space-y-2">
          {assignable.map((role) => {
            const held = roles.includes(role);
            const name = t(`moderation.roles.${role}`);
            return (
              <li key={role} className="flex flex-wrap items-center gap-2">
                <span className="w-24 font-medium">{name}</span>
                <span className="w-40 text-ink-soft">{held ? t('moderation.roleHeld') : t('moderation.roleNotHeld')}</span>
                <Button variant="secondary" disabled={setRole.isPending} onClick={() => setRole.mutate({ role, granted: !held })}>
                  {held ? t('moderation.revoke', { role: name }) : t('moderation.grant', { role: name })}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
