import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { UpvoteResult } from '@/lib/api/types';

export function setCommentUpvote(id: number, on: boolean): Promise<UpvoteResult> {
  const init = { params: { path: { id } } };
  return unwrap(on ? api.PUT('/api/v1/comments/{id}/upvote', init) : api.DELETE('/api/v1/comments/{id}/upvote', init)) as Promise<UpvoteResult>;
}

export const useCommentUpvote = (id: number) => useMutation({ mutationFn: (on: boolean) => setCommentUpvote(id, on) });
