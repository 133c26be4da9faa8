import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export const markRead = (ids: number[] | 'all') =>
  unwrap(api.POST('/api/v1/notifications/read', { body: ids === 'all' ? { all: true, ids: null } : { ids, all: null } }));

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markRead, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }) });
}
