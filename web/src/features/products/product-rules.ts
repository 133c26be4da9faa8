// Mirrors the API's field rules (api.md "Field rules"), so most mistakes are shown before a round trip.
// The API stays the authority: its problem details are shown next to the same fields.
import type { ProductStatus } from '@/lib/api/types';
import { isHttpUrl } from '@/lib/urls';
import i18n from '@/lib/i18n/i18n';

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
  if (title.length < 3 || title.length > 100) e.title = i18n.t('validation.titleLength');
  const tagline = d.tagline.trim();
  if (tagline.length < 3 || tagline.length > 80) e.tagline = i18n.t('validation.taglineLength');
  if (d.description.length > 10_000) e.description = i18n.t('validation.atMost', { max: '10 000' });
  else if ((target === 'published' || target === 'scheduled') && d.description.trim().length < 20)
    e.description = i18n.t('validation.descriptionToPublish');
  if (!isHttpUrl(d.websiteUrl.trim())) e.websiteUrl = i18n.t('validation.url');
  if (d.demoUrl.trim() && !isHttpUrl(d.demoUrl.trim())) e.demoUrl = i18n.t('validation.url');
  if (!d.category) e.category = i18n.t('validation.category');
  if (d.tags.length > 5) e.tags = i18n.t('validation.tagsMax');
  else if (d.tags.some((t) => t.length < 2 || t.length > 30)) e.tags = i18n.t('validation.tagLength');
  if (target === 'scheduled') {
    const at = d.launchAt ? new Date(d.launchAt).getTime() : NaN;
    if (Number.isNaN(at)) e.launchAt = i18n.t('validation.launchAtRequired');
    else if (at <= Date.now() || at > Date.now() + 365 * 86_400_000) e.launchAt = i18n.t('validation.launchAtRange');
  }
  return e;
}
