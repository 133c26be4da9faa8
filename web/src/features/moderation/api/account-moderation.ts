import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

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

// The profile is left alone: a banned user's profile is 404, and the page should stay put to offer "Unban".
const logKey = ['moderation', 'log'];

export function useBanUser(username: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ banned, reason }: { banned: boolean; reason?: string }) => setBanned(username, banned, reason),
    onSettled: () => queryClient.invalidateQueries({ queryKey: logKey }),
  });
}

export function useSetRole(username: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ role, granted }: { role: AssignableRole; granted: boolean }) => setRole(username, role, granted),
    onSettled: () => queryClient.invalidateQueries({ queryKey: logKey }),
  });
}
