import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export const deleteComment = (id: number) => unwrap(api.DELETE('/api/v1/comments/{id}', { params: { path: { id } } }));

export function useDeleteComment(productId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteComment,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['comments', productId] });
      void queryClient.invalidateQueries({ queryKey: ['products', 'detail'] });
    },
  });
}
