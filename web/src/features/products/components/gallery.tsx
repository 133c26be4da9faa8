import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Media } from '@/lib/api/types';

/** One image at a time; arrow keys (and the buttons) move through the gallery. */
export function Gallery({ items }: { items: Media[] }) {
  const { t, i18n } = useTranslation();
  const [index, setIndex] = useState(0);
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const go = (delta: number) => setIndex((i) => (i + delta + sorted.length) % sorted.length);
  const rtl = i18n.dir() === 'rtl';
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight') go(rtl ? -1 : 1);
    else if (e.key === 'ArrowLeft') go(rtl ? 1 : -1);
    else return;
    e.preventDefault();
  };
  const item = sorted[index];
  return (
    <section aria-roledescription="carousel" aria-label={t('product.gallery')} tabIndex={0} onKeyDown={onKey} className="rounded-xl border border-line bg-surface p-2">
      <figure>
        <img src={item.url} alt={item.alt} width={item.width} height={item.height} className="mx-auto max-h-96 w-auto rounded-lg object-contain" />
        <figcaption className="mt-1 text-center text-xs text-ink-soft" aria-live="polite">{t('product.imageOf', { n: index + 1, total: sorted.length })}</figcaption>
      </figure>
      {sorted.length > 1 && (
        <div className="mt-2 flex items-center justify-center gap-2">
          <button type="button" onClick={() => go(-1)} className="rounded border border-line px-2 py-1 text-sm" aria-label={t('common.previous')}>‹</button>
          {sorted.map((m, i) => (
            <button key={m.id} type="button" onClick={() => setIndex(i)} aria-label={t('product.imageOf', { n: i + 1, total: sorted.length })} aria-current={i === index}>
              <img src={m.thumbnailUrl ?? m.url} alt="" className={`size-10 rounded object-cover ${i === index ? 'ring-2 ring-brand-600' : 'opacity-70'}`} />
            </button>
          ))}
          <button type="button" onClick={() => go(1)} className="rounded border border-line px-2 py-1 text-sm" aria-label={t('common.next')}>›</button>
        </div>
      )}
    </section>
  );
}
