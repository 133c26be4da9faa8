import { useSearchParams } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { productsQueryOptions, useProducts, type ProductPeriod, type ProductSort } from '@/features/products/api/list-products';
import { feedQueryOptions } from '@/features/products/api/get-feed';
import { useAuth } from '@/lib/auth/session';
import { ProductFeed } from '@/features/products/components/product-feed';
import { ProductCard } from '@/features/products/components/product-card';
import { CategoryChips } from '@/features/categories/components/category-chips';
import { usePageTitle } from '@/lib/page-title';

type Tab = ProductSort | 'following';
const sorts: ProductSort[] = ['trending', 'new', 'top'];
const periods: ProductPeriod[] = ['day', 'week', 'month', 'year', 'all'];

function Featured() {
  const { t } = useTranslation();
  const featured = useProducts({ featured: true, sort: 'new' }, 3);
  const items = featured.data?.pages[0]?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="featured" className="mb-6">
      <h2 id="featured" className="mb-2 text-lg font-semibold">{t('home.featuredTitle')}</h2>
      <ul className="space-y-3">{items.map((p) => <li key={p.id}><ProductCard product={p} /></li>)}</ul>
    </section>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  usePageTitle(undefined);
  const { status } = useAuth();
  const [params, setParams] = useSearchParams();
  const tabs: Tab[] = status === 'signed-in' ? [...sorts, 'following'] : sorts;
  const sort = (tabs.includes(params.get('sort') as Tab) ? params.get('sort') : 'trending') as Tab;
  const period = (periods.includes(params.get('period') as ProductPeriod) ? params.get('period') : 'week') as ProductPeriod;
  const following = sort === 'following';
  const feed = useInfiniteQuery({ ...feedQueryOptions(), enabled: following });
  const list = useInfiniteQuery({ ...productsQueryOptions({ sort: following ? 'trending' : sort, period }), enabled: !following });
  const products = following ? feed : list;
  const update = (next: Record<string, string>) => setParams((p) => {
    const n = new URLSearchParams(p);
    for (const [k, v] of Object.entries(next)) n.set(k, v);
    return n;
  }, { replace: true });

  return (
    <div>
      <section className="mb-6">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('app.tagline')}</h1>
      </section>
      <div className="mb-4"><CategoryChips /></div>
      <Featured />
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <div role="tablist" aria-label={t('home.trending')} className="flex rounded-lg border border-line bg-surface p-0.5">
          {tabs.map((s) => (
            <button key={s} type="button" role="tab" aria-selected={sort === s} onClick={() => update({ sort: s })}
              className={`rounded-md px-3 py-1 text-sm font-medium ${sort === s ? 'bg-brand-600 text-white' : 'text-ink-soft hover:text-ink'}`}>{t(`home.${s}`)}</button>
          ))}
        </div>
        {sort === 'top' && (
          <label className="flex items-center gap-2 text-sm">
            {t('home.period')}
            <select value={period} onChange={(e) => update({ period: e.target.value })} className="rounded-md border border-line bg-surface px-2 py-1">
              {periods.map((p) => <option key={p} value={p}>{t(`home.${p}`)}</option>)}
            </select>
          </label>
        )}
      </div>
      <ProductFeed query={products} empty={sort === 'following' ? t('home.followingEmpty') : t('home.empty')} />
    </div>
  );
}
