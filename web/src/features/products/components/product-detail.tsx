import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Product } from '@/lib/api/types';
import { useAuth } from '@/lib/auth/session';
import { recordView } from '@/features/products/api/record-view';
import { UpvoteButton } from '@/features/products/components/upvote-button';
import { ProductThumb } from '@/features/products/components/product-card';
import { Gallery } from '@/features/products/components/gallery';
import { StatusBadge } from '@/components/ui/status-badge';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { SanitizedHtml } from '@/components/ui/sanitized-html';
import { displayName, formatDate, formatNumber } from '@/lib/format';

const linkButton = 'inline-flex min-h-9 items-center rounded-md px-3 py-1.5 text-sm font-medium';

export function ProductDetail({ product }: { product: Product }) {
  const { t } = useTranslation();
  const { user, isModerator } = useAuth();
  const [copied, setCopied] = useState(false);
  const mine = user?.id === product.author.id;

  useEffect(() => {
    if (product.status === 'published') recordView(product.id);
  }, [product.id, product.status]);

  const share = async () => {
    await navigator.clipboard?.writeText(`${location.origin}/p/${product.slug}`).catch(() => undefined);
    setCopied(true);
  };

  return (
    <article>
      <header className="flex flex-wrap items-start gap-4">
        <ProductThumb product={product} size={80} alt={t('product.logoAlt', { title: product.title })} />
        <div className="min-w-0 flex-1">
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-bold">
            {product.title}
            {product.status !== 'published' && <StatusBadge status={product.status} />}
            {product.featured && <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">{t('common.featured')}</span>}
          </h1>
          <p className="text-ink-soft">{product.tagline}</p>
          {product.awards.length > 0 && (
            <ul aria-label={t('product.awards')} className="mt-2 flex flex-wrap gap-2">
              {product.awards.map((a) => (
                <li key={`${a.period}-${a.date}`} className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                  {t(`product.award_${a.period}`, { rank: a.rank, date: formatDate(a.date) })}
                </li>
              ))}
            </ul>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            {product.websiteUrl && <a href={product.websiteUrl} target="_blank" rel="noopener noreferrer nofollow" className={`${linkButton} bg-brand-600 text-white hover:bg-brand-700`}>{t('product.visit')}</a>}
            {product.demoUrl && <a href={product.demoUrl} target="_blank" rel="noopener noreferrer nofollow" className={`${linkButton} border border-line bg-surface hover:bg-muted`}>{t('product.demo')}</a>}
            <Button variant="secondary" onClick={() => void share()}>{copied ? t('common.copied') : t('common.share')}</Button>
            {(mine || isModerator) && <Link to={`/p/${product.slug}/edit`} className={`${linkButton} border border-line bg-surface hover:bg-muted`}>{t('product.edit')}</Link>}
          </div>
        </div>
        {product.status === 'published' && <UpvoteButton product={product} size="lg" />}
      </header>

      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_16rem]">
        <div className="min-w-0 space-y-4">
          <Gallery items={product.gallery} />
          {product.descriptionHtml
            // descriptionHtml is rendered from Markdown and sanitized by allow-list on the server.
            ? <SanitizedHtml className="prose-vitrin rounded-xl border border-line bg-surface p-4" html={product.descriptionHtml} />
            : <p className="text-ink-soft">{t('product.noDescription')}</p>}
        </div>
        <aside className="space-y-4">
          <section className="rounded-xl border border-line bg-surface p-4">
            <h2 className="mb-2 text-sm font-semibold text-ink-soft">{t('product.madeBy')}</h2>
            <Link to={`/u/${product.author.username}`} className="flex items-center gap-2 hover:underline">
              <Avatar user={product.author} size={40} />
              <span>
                <span className="block font-medium">{displayName(product.author)}</span>
                <span className="block text-sm text-ink-soft">@{product.author.username}</span>
              </span>
            </Link>
          </section>
          <section className="rounded-xl border border-line bg-surface p-4 text-sm">
            <h2 className="mb-2 font-semibold text-ink-soft">{t('product.stats')}</h2>
            <dl className="grid grid-cols-2 gap-1">
              <dt>{t('product.upvotesLabel')}</dt><dd className="text-end">{formatNumber(product.upvoteCount)}</dd>
              <dt>{t('product.commentsLabel')}</dt><dd className="text-end">{formatNumber(product.commentCount)}</dd>
              <dt>{t('product.viewsLabel')}</dt><dd className="text-end">{formatNumber(product.viewCount)}</dd>
              <dt>{t('product.category')}</dt><dd className="text-end"><Link to={`/c/${product.category.slug}`} className="underline">{product.category.name}</Link></dd>
            </dl>
            {product.publishedAt && <p className="mt-2 text-ink-soft">{t('product.launched', { date: formatDate(product.publishedAt) })}</p>}
            {product.status === 'scheduled' && product.launchAt && <p className="mt-2 text-ink-soft">{t('product.scheduled', { date: formatDate(product.launchAt) })}</p>}
          </section>
          {product.tags.length > 0 && (
            <section className="rounded-xl border border-line bg-surface p-4">
              <h2 className="mb-2 text-sm font-semibold text-ink-soft">{t('product.tags')}</h2>
              <ul className="flex flex-wrap gap-2">
                {product.tags.map((tag) => <li key={tag}><Link to={`/t/${tag}`} className="rounded-full bg-muted px-2 py-0.5 text-sm hover:underline">#{tag}</Link></li>)}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}
