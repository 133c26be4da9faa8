import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Product, ProductStatus } from '@/lib/api/types';

export interface ProductInput {
  title: string;
  tagline: string;
  description: string;
  websiteUrl: string;
  demoUrl: string | null;
  category: string;
  tags: string[];
  status?: ProductStatus;
  launchAt?: string | null;
}

export const createProduct = (input: ProductInput) =>
  unwrap(api.POST('/api/v1/products', { body: { ...input, status: input.status ?? 'draft', launchAt: input.launchAt ?? null } })) as Promise<Product>;

/** PATCH sends only the fields given (a null clears an optional field). */
export const updateProduct = (id: number, input: Partial<ProductInput>) =>
  unwrap(api.PATCH('/api/v1/products/{id}', { params: { path: { id } }, body: input as never })) as Promise<Product>;

export function useSaveProduct(id?: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<ProductInput>) => (id === undefined ? createProduct(input as ProductInput) : updateProduct(id, input)),
    onSuccess: (product) => {
      queryClient.setQueryData(['products', 'detail', product.slug], product);
      void queryClient.invalidateQueries({ queryKey: ['products'] });
    },
  });
}
