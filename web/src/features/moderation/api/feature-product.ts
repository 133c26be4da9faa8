import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export function setFeatured(id: number, on: boolean) {
  const init = { params: { path: { id } } };
  return unwrap(on ? api.PUT('/api/v1/products/{id}/feature', init) : api.DELETE('/api/v1/products/{id}/feature', init));
}

export function useFeatureProduct(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (on: boolean) => setFeatured(id, on),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['products'] });
      void queryClient.invalidateQueries({ queryKey: ['moderation', 'log'] });
    },
  });
}
