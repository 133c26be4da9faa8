import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Media, Product } from '@/lib/api/types';
import { acceptedImageTypes, checkImage, uploadErrors, usePreview } from '@/lib/images';
import { maxGalleryImages, useProductMedia } from '@/features/products/api/product-media';
import { Button } from '@/components/ui/button';
import { FormErrors, TextField } from '@/components/ui/field';

function LogoUpload({ product }: { product: Product }) {
  const { t } = useTranslation();
  const { logo } = useProductMedia(product.id);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const preview = usePreview(logo.isPending ? file : null);
  const shown = preview ?? product.thumbnailUrl;

  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    e.target.value = '';
    if (!chosen) return;
    const invalid = checkImage(chosen, t);
    setProblem(invalid);
    if (invalid) return;
    setFile(chosen);
    logo.mutate(chosen);
  };

  return (
    <div className="flex items-center gap-4">
      {shown
        ? <img src={shown} alt="" width={72} height={72} className="size-18 rounded-lg border border-line object-cover" />
        : <div className="size-18 rounded-lg border border-dashed border-line" aria-hidden="true" />}
      <div className="space-y-1">
        <label className="block text-sm font-medium">
          {t('images.logo')}
          <input type="file" accept={acceptedImageTypes} onChange={choose} disabled={logo.isPending}
            className="mt-1 block text-sm file:me-2 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:py-1.5" />
        </label>
        {logo.isPending && <p role="status" className="text-sm text-ink-soft">{t('images.uploading')}</p>}
        <FormErrors messages={[...(problem ? [problem] : []), ...uploadErrors(logo.error, t)]} />
      </div>
    </div>
  );
}

function GalleryItem({ item, index, count, productId }: { item: Media; index: number; count: number; productId: number }) {
  const { t } = useTranslation();
  const { update, remove } = useProductMedia(productId);
  const [alt, setAlt] = useState(item.alt);
  const busy = update.isPending || remove.isPending;
  const saveAlt = () => {
    if (alt.trim() !== item.alt) update.mutate({ mediaId: item.id, alt: alt.trim() });
  };
  return (
    <li className="flex gap-3 rounded-lg border border-line p-2">
      <img src={item.thumbnailUrl ?? item.url} alt={item.alt} className="h-20 w-28 shrink-0 rounded object-cover" />
      <div className="min-w-0 flex-1 space-y-2">
        <TextField label={t('images.alt')} value={alt} maxLength={300} onChange={(e) => setAlt(e.target.value)} onBlur={saveAlt} />
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" disabled={busy || index === 0} onClick={() => update.mutate({ mediaId: item.id, position: index - 1 })}
            aria-label={t('images.moveEarlier', { n: index + 1 })}>↑</Button>
          <Button variant="secondary" disabled={busy || index === count - 1} onClick={() => update.mutate({ mediaId: item.id, position: index + 1 })}
            aria-label={t('images.moveLater', { n: index + 1 })}>↓</Button>
          <Button variant="ghost" disabled={busy} onClick={() => remove.mutate(item.id)}>{t('images.remove')}</Button>
        </div>
        <FormErrors messages={[...uploadErrors(update.error, t), ...uploadErrors(remove.error, t)]} />
      </div>
    </li>
  );
}

function AddGalleryImage({ product, full }: { product: Product; full: boolean }) {
  const { t } = useTranslation();
  const { add } = useProductMedia(product.id);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Remounting the file input clears the file name it shows once the upload is done.
  const [inputKey, setInputKey] = useState(0);
  const preview = usePreview(file);

  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0] ?? null;
    const invalid = chosen ? checkImage(chosen, t) : null;
    setProblem(invalid);
    setFile(invalid ? null : chosen);
  };
  const upload = () => {
    if (!file) return;
    add.mutate({ file, alt: alt.trim() }, { onSuccess: () => { setFile(null); setAlt(''); setInputKey((k) => k + 1); } });
  };

  if (full) return <p className="text-sm text-ink-soft">{t('images.galleryFull', { max: maxGalleryImages })}</p>;
  return (
    <div className="space-y-2 rounded-lg border border-dashed border-line p-3">
      <label className="block text-sm font-medium">
        {t('images.addImage')}
        <input key={inputKey} type="file" accept={acceptedImageTypes} onChange={choose} disabled={add.isPending}
          className="mt-1 block text-sm file:me-2 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:py-1.5" />
      </label>
      {preview && <img src={preview} alt="" className="max-h-40 rounded object-contain" />}
      <TextField label={t('images.alt')} value={alt} maxLength={300} onChange={(e) => setAlt(e.target.value)} hint={t('images.altHint')} />
      <Button variant="secondary" disabled={!file || add.isPending} onClick={upload}>{add.isPending ? t('images.uploading') : t('images.upload')}</Button>
      <FormErrors messages={[...(problem ? [problem] : []), ...uploadErrors(add.error, t)]} />
    </div>
  );
}

/** Logo and gallery of a saved product: each change is sent at once (they are not part of the form's Save). */
export function ProductImages({ product }: { product: Product }) {
  const { t } = useTranslation();
  const gallery = [...product.gallery].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="product-images" className="space-y-4">
      <h2 id="product-images" className="text-lg font-semibold">{t('form.images')}</h2>
      <p className="text-sm text-ink-soft">{t('images.rules')}</p>
      <LogoUpload product={product} />
      <h3 className="font-medium">{t('images.gallery', { count: gallery.length, max: maxGalleryImages })}</h3>
      {gallery.length > 0 && (
        <ol className="space-y-2">
          {gallery.map((item, i) => <GalleryItem key={item.id} item={item} index={i} count={gallery.length} productId={product.id} />)}
        </ol>
      )}
      <AddGalleryImage product={product} full={gallery.length >= maxGalleryImages} />
    </section>
  );
}
