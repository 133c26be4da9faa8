import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import type { Profile } from '@/lib/api/types';

export const profileQueryOptions = (username: string) =>
  queryOptions({
    queryKey: ['users', username, 'profile'],
    queryFn: () => unwrap(api.GET('/api/v1/users/{username}', { params: { path: { username } } })) as Promise<Profile>,
    retry: (count, e) => !isApiError(e, 404) && count < 2,
  });

export const useProfile = (username: string) => useQuery(profileQueryOptions(username));
