import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { UpvoteResult } from '@/lib/api/types';

export function setProductUpvote(id: number, on: boolean): Promise<UpvoteResult> {
  const init = { params: { path: { id } } };
  return unwrap(on ? api.PUT('/api/v1/products/{id}/upvote', init) : api.DELETE('/api/v1/products/{id}/upvote', init)) as Promise<UpvoteResult>;
}

/** The caller shows the new state at once (optimistically) and rolls back on error. */
export function useProductUpvote(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (on: boolean) => setProductUpvote(id, on),
    // Lists and the detail page re-read the counts the server now has.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['products'], refetchType: 'none' }),
  });
}
