// Mirrors the API's field rules (api.md "Field rules"), so most mistakes are shown before a round trip.
// The API stays the authority: its problem details are shown next to the same fields.
import type { ProductStatus } from '@/lib/api/types';
import { isHttpUrl } from '@/lib/urls';

export interface ProductDraft {
  title: string;
  tagline: string;
  description: string;
  websiteUrl: string;
  demoUrl: string;
  category: string;
  tags: string[];
  launchAt: string;
}

export type ProductErrors = Partial<Record<keyof ProductDraft, string>>;

export function normalizeTag(raw: string) {
  return raw.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

export function validateProduct(d: ProductDraft, target: ProductStatus): ProductErrors {
  const e: ProductErrors = {};
  const title = d.title.trim();
  if (title.length < 3 || title.length > 100) e.title = 'Title must be 3–100 characters.';
  const tagline = d.tagline.trim();
  if (tagline.length < 3 || tagline.length > 80) e.tagline = 'Tagline must be 3–80 characters.';
  if (d.description.length > 10_000) e.description = 'At most 10 000 characters.';
  else if ((target === 'published' || target === 'scheduled') && d.description.trim().length < 20)
    e.description = 'A description of at least 20 characters is required to publish.';
  if (!isHttpUrl(d.websiteUrl.trim())) e.websiteUrl = 'Enter an absolute http(s) address.';
  if (d.demoUrl.trim() && !isHttpUrl(d.demoUrl.trim())) e.demoUrl = 'Enter an absolute http(s) address.';
  if (!d.category) e.category = 'Choose a category.';
  if (d.tags.length > 5) e.tags = 'At most 5 tags.';
  else if (d.tags.some((t) => t.length < 2 || t.length > 30)) e.tags = 'Each tag must be 2–30 letters or digits.';
  if (target === 'scheduled') {
    const at = d.launchAt ? new Date(d.launchAt).getTime() : NaN;
    if (Number.isNaN(at)) e.launchAt = 'A launch time is required to schedule.';
    else if (at <= Date.now() || at > Date.now() + 365 * 86_400_000) e.launchAt = 'Must be in the future, within a year.';
  }
  return e;
}
