import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Category } from '@/lib/api/types';

export function setCategoryFollow(slug: string, on: boolean) {
  const init = { params: { path: { slug } } };
  return unwrap(on ? api.PUT('/api/v1/categories/{slug}/follow', init) : api.DELETE('/api/v1/categories/{slug}/follow', init));
}

/** Optimistic, like following a maker: the button changes at once and rolls back on failure. */
export function useFollowCategory(slug: string) {
  const queryClient = useQueryClient();
  const key = ['categories', slug];
  return useMutation({
    mutationFn: (on: boolean) => setCategoryFollow(slug, on),
    onMutate: async (on) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Category>(key);
      if (previous) queryClient.setQueryData<Category>(key, { ...previous, viewerFollows: on });
      return { previous };
    },
    onError: (_e, _on, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
