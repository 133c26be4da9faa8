import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/session';
import { useBanUser, useSetRole, type AssignableRole } from '@/features/moderation/api/account-moderation';
import { Button } from '@/components/ui/button';

const assignable: AssignableRole[] = ['moderator', 'admin'];

/**
 * Ban (moderators and admins) and roles (admins) on someone's profile. Optimistic: the state changes
 * on click and rolls back, with the API's reason, if the call fails. A visible profile is never a
 * banned one; the profile does not say which roles its owner has, so role state shows what was
 * last done here (both calls are idempotent).
 */
export function AccountModeration({ username, userId }: { username: string; userId: number }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const ban = useBanUser(username);
  const setRole = useSetRole(username);
  const [banned, setBanned] = useState(false);
  const [reason, setReason] = useState('');
  const [roles, setRoles] = useState<Partial<Record<AssignableRole, boolean>>>({});
  const isAdmin = !!user?.roles.includes('admin');
  if (!user || user.id === userId || !(isAdmin || user.roles.includes('moderator'))) return null;

  const toggleBan = () => {
    const next = !banned;
    setBanned(next);
    ban.mutate({ banned: next, reason: reason.trim() || undefined }, {
      onError: () => setBanned(!next),
      onSuccess: () => setReason(''),
    });
  };
  const changeRole = (role: AssignableRole, granted: boolean) => {
    const previous = roles[role];
    setRoles((r) => ({ ...r, [role]: granted }));
    setRole.mutate({ role, granted }, { onError: () => setRoles((r) => ({ ...r, [role]: previous })) });
  };
  const error = ban.error ?? setRole.error;

  return (
    <section aria-label={t('moderation.account')} className="space-y-3 rounded-md border border-dashed border-line p-3 text-sm">
      <h2 className="font-semibold">{t('moderation.account')}</h2>
      {error && <p role="alert" className="text-red-700 dark:text-red-400">{error.message}</p>}
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-48 flex-1 flex-col gap-1">
          <span className="text-ink-soft">{t('moderation.banReason')}</span>
          <input value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} className="rounded-md border border-line bg-surface px-2 py-1.5" />
        </label>
        {banned && <span className="font-medium text-red-700 dark:text-red-400">{t('moderation.banned')}</span>}
        <Button variant={banned ? 'secondary' : 'danger'} disabled={ban.isPending} onClick={toggleBan}>
          {banned ? t('moderation.unban') : t('moderation.ban')}
        </Button>
      </div>
      {isAdmin && (
        <ul className="space-y-2">
          {assignable.map((role) => (
            <li key={role} className="flex flex-wrap items-center gap-2">
              <span className="w-24 font-medium">{t(`moderation.roles.${role}`)}</span>
              <Button variant="secondary" aria-pressed={roles[role] === true} disabled={setRole.isPending} onClick={() => changeRole(role, true)}>
                {t('moderation.grant', { role: t(`moderation.roles.${role}`) })}
              </Button>
              <Button variant="secondary" aria-pressed={roles[role] === false} disabled={setRole.isPending} onClick={() => changeRole(role, false)}>
                {t('moderation.revoke', { role: t(`moderation.roles.${role}`) })}
              </Button>
              {roles[role] !== undefined && (
                <span className="text-ink-soft">{roles[role] ? t('moderation.granted') : t('moderation.revoked')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
