import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export const resolveReport = (id: number, action: 'hide' | 'dismiss', note: string | null) =>
  unwrap(api.POST('/api/v1/admin/reports/{id}/resolve', { params: { path: { id } }, body: { action, note } }));

export function useResolveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, note }: { id: number; action: 'hide' | 'dismiss'; note: string | null }) => resolveReport(id, action, note),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['moderation'] });
      void queryClient.invalidateQueries({ queryKey: ['comments'] });
    },
  });
}
