import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Comment } from '@/lib/api/types';

export const updateComment = (id: number, body: string) =>
  unwrap(api.PATCH('/api/v1/comments/{id}', { params: { path: { id } }, body: { body } })) as unknown as Promise<Comment>;

export function useUpdateComment(productId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: string }) => updateComment(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['comments', productId] }),
  });
}
