import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Media, Product } from '@/lib/api/types';

export const maxGalleryImages = 8;

function imageForm(file: File, alt?: string) {
  const form = new FormData();
  form.append('file', file);
  if (alt) form.append('alt', alt);
  return form;
}

// openapi-fetch sends FormData as is (the browser sets the multipart boundary).
export const uploadLogo = (id: number, file: File) =>
  unwrap(api.PUT('/api/v1/products/{id}/logo', { params: { path: { id } }, body: imageForm(file) as never })) as Promise<Product>;

export const addMedia = (id: number, file: File, alt: string) =>
  unwrap(api.POST('/api/v1/products/{id}/media', { params: { path: { id } }, body: imageForm(file, alt) as never })) as Promise<Media>;

export const updateMedia = (id: number, mediaId: number, input: { alt?: string; position?: number }) =>
  unwrap(api.PATCH('/api/v1/products/{id}/media/{mediaId}', { params: { path: { id, mediaId } }, body: input as never })) as Promise<Media>;

export const deleteMedia = (id: number, mediaId: number) =>
  unwrap(api.DELETE('/api/v1/products/{id}/media/{mediaId}', { params: { path: { id, mediaId } } }));

/** Logo and gallery changes of one product; each refreshes the product everywhere it is shown. */
export function useProductMedia(productId: number) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['products'] });
  return {
    logo: useMutation({ mutationFn: (file: File) => uploadLogo(productId, file), onSuccess }),
    add: useMutation({ mutationFn: ({ file, alt }: { file: File; alt: string }) => addMedia(productId, file, alt), onSuccess }),
    update: useMutation({
      mutationFn: ({ mediaId, ...input }: { mediaId: number; alt?: string; position?: number }) => updateMedia(productId, mediaId, input),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (mediaId: number) => deleteMedia(productId, mediaId), onSuccess }),
  };
}
