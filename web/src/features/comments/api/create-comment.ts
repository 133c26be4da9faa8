import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Comment } from '@/lib/api/types';

export const createComment = (productId: number, body: string, parentId: number | null) =>
  unwrap(api.POST('/api/v1/products/{id}/comments', { params: { path: { id: productId } }, body: { body, parentId } })) as unknown as Promise<Comment>;

export function useCreateComment(productId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, parentId }: { body: string; parentId: number | null }) => createComment(productId, body, parentId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['comments', productId] });
      void queryClient.invalidateQueries({ queryKey: ['products', 'detail'] });
    },
  });
}
