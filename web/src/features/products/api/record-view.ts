import { api } from '@/lib/api/client';

/** Counted at most once per viewer per day by the API; failures do not matter to the reader. */
export function recordView(id: number) {
  void api.POST('/api/v1/products/{id}/views', { params: { path: { id } } }).catch(() => undefined);
}
