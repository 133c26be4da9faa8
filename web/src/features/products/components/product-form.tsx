import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, Product, ProductStatus } from '@/lib/api/types';
import { ApiError, formErrors } from '@/lib/api/problem';
import { useSaveProduct, type ProductInput } from '@/features/products/api/save-product';
import { validateProduct, type ProductDraft, type ProductErrors } from '@/features/products/product-rules';
import { TagInput } from '@/features/products/components/tag-input';
import { Button } from '@/components/ui/button';
import { FormErrors, TextAreaField, TextField } from '@/components/ui/field';
import { Loading } from '@/components/ui/states';

const MarkdownPreview = lazy(() => import('@/features/products/components/markdown-preview'));

const fields = ['title', 'tagline', 'description', 'websiteUrl', 'demoUrl', 'category', 'tags', 'launchAt', 'status'] as const;

function toLocalInput(iso: string | null | undefined) {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function initial(product?: Product): ProductDraft {
  return {
    title: product?.title ?? '', tagline: product?.tagline ?? '', description: product?.description ?? '',
    websiteUrl: product?.websiteUrl ?? '', demoUrl: product?.demoUrl ?? '', category: product?.category.slug ?? '',
    tags: product?.tags ?? [], launchAt: toLocalInput(product?.launchAt),
  };
}

/** Submit and edit: client checks mirror the API's rules; the API's problem details land next to the same fields. */
export function ProductForm({ product, categories, onSaved }: { product?: Product; categories: Category[]; onSaved: (p: Product) => void }) {
  const { t } = useTranslation();
  const save = useSaveProduct(product?.id);
  const [draft, setDraft] = useState<ProductDraft>(() => initial(product));
  const [clientErrors, setClientErrors] = useState<ProductErrors>({});
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const serverError = save.error instanceof ApiError ? save.error : null;

  const set = <K extends keyof ProductDraft>(key: K, value: ProductDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const errorsFor = (field: keyof ProductDraft) => {
    const list = [...(clientErrors[field] ? [clientErrors[field]] : [])];
    if (serverError) {
      for (const [key, messages] of Object.entries(serverError.problem.errors ?? {}))
        if (key === field || key.startsWith(`${field}[`)) list.push(...messages);
    }
    return list;
  };

  const submit = (status: ProductStatus | undefined) => {
    const target = status ?? product?.status ?? 'draft';
    const errors = validateProduct(draft, target);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const input: Partial<ProductInput> = {
      title: draft.title.trim(), tagline: draft.tagline.trim(), description: draft.description, websiteUrl: draft.websiteUrl.trim(),
      demoUrl: draft.demoUrl.trim() || null, category: draft.category, tags: draft.tags,
    };
    if (status) input.status = status;
    if (target === 'scheduled') input.launchAt = new Date(draft.launchAt).toISOString();
    save.mutate(input, { onSuccess: onSaved });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit(product ? undefined : 'draft');
  };

  const status = product?.status;
  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const generalErrors = formErrors(serverError, fields, (seconds) => t('common.tryLater', { seconds }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {hasClientErrors && <FormErrors messages={[t('form.fixErrors')]} />}
      <FormErrors messages={generalErrors} />
      <TextField label={t('form.title')} value={draft.title} onChange={(e) => set('title', e.target.value)} error={errorsFor('title')} maxLength={100} required />
      <TextField label={t('form.tagline')} value={draft.tagline} onChange={(e) => set('tagline', e.target.value)} error={errorsFor('tagline')} maxLength={80} required hint={`${draft.tagline.length}/80`} />
      <div>
        <div role="tablist" aria-label={`${t('form.write')} / ${t('form.preview')}`} className="mb-1 flex gap-1">
          {(['write', 'preview'] as const).map((k) => (
            <button key={k} type="button" role="tab" aria-selected={tab === k} onClick={() => setTab(k)}
              className={`rounded px-2 py-1 text-sm ${tab === k ? 'bg-muted font-medium' : 'text-ink-soft'}`}>{t(`form.${k}`)}</button>
          ))}
        </div>
        {tab === 'write'
          ? <TextAreaField label={t('form.description')} rows={10} value={draft.description} onChange={(e) => set('description', e.target.value)} error={errorsFor('description')} maxLength={10_000} hint={t('form.tips')} />
          : <Suspense fallback={<Loading />}><MarkdownPreview source={draft.description} /></Suspense>}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('form.websiteUrl')} type="url" inputMode="url" placeholder="https://" value={draft.websiteUrl} onChange={(e) => set('websiteUrl', e.target.value)} error={errorsFor('websiteUrl')} required />
        <TextField label={t('form.demoUrl')} type="url" inputMode="url" placeholder="https://" value={draft.demoUrl} onChange={(e) => set('demoUrl', e.target.value)} error={errorsFor('demoUrl')} />
      </div>
      <div>
        <label htmlFor="product-category" className="mb-1 block text-sm font-medium">{t('form.category')}</label>
        <select id="product-category" value={draft.category} onChange={(e) => set('category', e.target.value)}
          aria-invalid={errorsFor('category').length > 0 || undefined} aria-describedby={errorsFor('category').length ? 'product-category-err' : undefined}
          className={`w-full rounded-md border bg-surface px-3 py-2 ${errorsFor('category').length ? 'border-red-600' : 'border-line'}`}>
          <option value="">{t('form.chooseCategory')}</option>
          {categories.map((c) => <option key={c.slug} value={c.slug}>{c.name}</option>)}
        </select>
        {errorsFor('category').length > 0 && <ul id="product-category-err" className="mt-1 text-sm text-red-700 dark:text-red-400">{errorsFor('category').map((m) => <li key={m}>{m}</li>)}</ul>}
      </div>
      <TagInput value={draft.tags} onChange={(tags) => set('tags', tags)} error={errorsFor('tags')} />
      {(!product || status === 'draft' || status === 'scheduled') && (
        <TextField label={t('form.launchAt')} type="datetime-local" value={draft.launchAt} onChange={(e) => set('launchAt', e.target.value)} error={errorsFor('launchAt')} />
      )}
      {!product && <p className="rounded-md bg-muted p-3 text-sm text-ink-soft">{t('form.images')}: {t('images.afterSave')}</p>}
      <div className="flex flex-wrap gap-2">
        {!product && (
          <>
            <Button type="submit" variant="secondary" disabled={save.isPending}>{t('form.saveDraft')}</Button>
            <Button onClick={() => submit('scheduled')} variant="secondary" disabled={save.isPending}>{t('form.schedule')}</Button>
            <Button onClick={() => submit('published')} disabled={save.isPending}>{t('form.publish')}</Button>
          </>
        )}
        {product && (
          <>
            <Button type="submit" disabled={save.isPending}>{t('form.update')}</Button>
            {status === 'draft' && <Button onClick={() => submit('scheduled')} variant="secondary" disabled={save.isPending}>{t('form.schedule')}</Button>}
            {(status === 'draft' || status === 'scheduled') && <Button onClick={() => submit('published')} variant="secondary" disabled={save.isPending}>{t('form.publish')}</Button>}
            {status === 'scheduled' && <Button onClick={() => submit('draft')} variant="secondary" disabled={save.isPending}>{t('form.unpublish')}</Button>}
            {status === 'published' && <Button onClick={() => submit('archived')} variant="secondary" disabled={save.isPending}>{t('form.archive')}</Button>}
            {status === 'archived' && <Button onClick={() => submit('published')} variant="secondary" disabled={save.isPending}>{t('form.republish')}</Button>}
          </>
        )}
      </div>
    </form>
  );
}
