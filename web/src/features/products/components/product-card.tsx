import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProductSummary } from '@/lib/api/types';
import { UpvoteButton } from '@/features/products/components/upvote-button';
import { StatusBadge } from '@/components/ui/status-badge';
import { displayName, formatNumber } from '@/lib/format';
import { textColorOn } from '@/lib/contrast';

const dayMs = 86_400_000;

/**
 * A product's logo (its 160 px thumbnail), or its initial on the category's colour when it has none
 * (in black or white, whichever contrasts more with that colour: at least 4.58:1 for any colour).
 * Decorative beside a linked title (cards); with `alt` it is the product page's named, eagerly loaded logo.
 */
export function ProductThumb({ product, size = 56, alt }: { product: { thumbnailUrl: string | null; title: string; category: { color: string } }; size?: number; alt?: string }) {
  if (product.thumbnailUrl) {
    return <img src={product.thumbnailUrl} alt={alt ?? ''} width={size} height={size} loading={alt === undefined ? 'lazy' : undefined} className="shrink-0 rounded-lg object-cover" style={{ width: size, height: size }} />;
  }
  return (
    <span
      {...(alt === undefined ? { 'aria-hidden': true } : { role: 'img', 'aria-label': alt })}
      className="flex shrink-0 items-center justify-center rounded-lg font-bold"
      style={{ width: size, height: size, fontSize: size * 0.4, backgroundColor: product.category.color, color: textColorOn(product.category.color) }}
    >
      {product.title.slice(0, 1).toUpperCase()}
    </span>
  );
}

export function ProductCard({ product, rank, showStatus = false }: { product: ProductSummary; rank?: number; showStatus?: boolean }) {
  const { t } = useTranslation();
  const isNew = product.publishedAt && Date.now() - new Date(product.publishedAt).getTime() < dayMs;
  return (
    <article className="flex items-start gap-3 rounded-xl border border-line bg-surface p-3 sm:p-4">
      {rank !== undefined && <span className="mt-4 w-6 shrink-0 text-center font-bold text-ink-soft">{rank}</span>}
      <ProductThumb product={product} />
      <div className="min-w-0 flex-1">
        <h3 className="flex flex-wrap items-center gap-2 font-semibold">
          <Link to={`/p/${product.slug}`} className="hover:underline">{product.title}</Link>
          {product.featured && <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">{t('common.featured')}</span>}
          {isNew && <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">{t('common.new')}</span>}
          {showStatus && <StatusBadge status={product.status} />}
        </h3>
        <p className="text-sm text-ink-soft">{product.tagline}</p>
        <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink-soft">
          <Link to={`/c/${product.category.slug}`} className="hover:underline">{product.category.name}</Link>
          {product.tags.slice(0, 3).map((tag) => <Link key={tag} to={`/t/${tag}`} className="hover:underline">#{tag}</Link>)}
          <span>{t('common.by')} <Link to={`/u/${product.author.username}`} className="hover:underline">{displayName(product.author)}</Link></span>
          <span>{t('common.comments', { count: product.commentCount, formatted: formatNumber(product.commentCount) })}</span>
          <span>{t('common.views', { count: product.viewCount })}</span>
        </p>
      </div>
      {product.status === 'published' && <UpvoteButton product={product} />}
    </article>
  );
}
