import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import type { ModeratedUser } from '@/lib/api/types';

// Under the profile's key: invalidating or updating a user's profile (follows, edits) covers this view too.
export const moderatedUserKey = (username: string) => ['users', username, 'profile', 'moderation'];

export const moderatedUserQueryOptions = (username: string) =>
  queryOptions({
    queryKey: moderatedUserKey(username),
    queryFn: () => unwrap(api.GET('/api/v1/admin/users/{username}', { params: { path: { username } } })) as Promise<ModeratedUser>,
    retry: (count, e) => !isApiError(e, 404) && !isApiError(e, 403) && count < 2,
  });

/** Roles and ban state of an account, for moderators and admins only (`enabled` false for anyone else). */
export const useModeratedUser = (username: string, enabled: boolean) => useQuery({ ...moderatedUserQueryOptions(username), enabled });
