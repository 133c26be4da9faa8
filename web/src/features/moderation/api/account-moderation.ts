import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ModeratedUser } from '@/lib/api/types';
import { moderatedUserKey } from '@/features/moderation/api/get-moderated-user';

export type AssignableRole = 'moderator' | 'admin';

export function setBanned(username: string, banned: boolean, reason?: string) {
  const init = { params: { path: { username } }, body: { reason: reason ?? null } };
  return unwrap(banned ? api.PUT('/api/v1/admin/users/{username}/ban', init) : api.DELETE('/api/v1/admin/users/{username}/ban', init));
}

export function setRole(username: string, role: AssignableRole, granted: boolean) {
  const init = { params: { path: { username, role } } };
  return unwrap(granted
    ? api.PUT('/api/v1/admin/users/{username}/roles/{role}', init)
    : api.DELETE('/api/v1/admin/users/{username}/roles/{role}', init));
}

const logKey = ['moderation', 'log'];

/**
 * A mutation that changes the moderator's view of the account at once (`change`), rolls it back if the
 * call fails, and then reloads it, the user's public pages (a ban hides them) and the moderation log.
 */
function useAccountMutation<T>(username: string, send: (v: T) => Promise<unknown>, change: (account: ModeratedUser, v: T) => ModeratedUser) {
  const queryClient = useQueryClient();
  const key = moderatedUserKey(username);
  return useMutation({
    mutationFn: send,
    onMutate: async (v: T) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ModeratedUser>(key);
      if (previous) queryClient.setQueryData<ModeratedUser>(key, change(previous, v));
      return { previous };
    },
    onError: (_e, _v, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: ['users', username] }),
      queryClient.invalidateQueries({ queryKey: logKey }),
    ]),
  });
}

export const useBanUser = (username: string) =>
  useAccountMutation(
    username,
    ({ banned, reason }: { banned: boolean; reason?: string }) => setBanned(username, banned, reason),
    (account, { banned }) => ({ ...account, bannedAt: banned ? account.bannedAt ?? new Date().toISOString() : null }),
  );

export const useSetRole = (username: string) =>
  useAccountMutation(
    username,
    ({ role, granted }: { role: AssignableRole; granted: boolean }) => setRole(username, role, granted),
    (account, { role, granted }) => ({ ...account, roles: granted ? [...new Set([...account.roles, role])] : account.roles.filter((r) => r !== role) }),
  );
