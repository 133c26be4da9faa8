import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProductUpvote } from '@/features/products/api/upvote-product';
import { useAuth } from '@/lib/auth/session';
import { isApiError } from '@/lib/api/problem';
import { formatNumber } from '@/lib/format';
import { useOptimisticVote } from '@/lib/use-optimistic-vote';

interface Props {
  product: { id: number; upvoteCount: number; viewerHasUpvoted: boolean; author: { id: number } };
  size?: 'sm' | 'lg';
}

/** Shows the new count at once, then keeps the server's answer, or rolls back if the call fails. */
export function UpvoteButton({ product, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const { user, status } = useAuth();
  const navigate = useNavigate();
  const mutation = useProductUpvote(product.id);
  const state = useOptimisticVote(product.upvoteCount, product.viewerHasUpvoted, mutation.mutate);
  const error = state.error && (isApiError(state.error, 403) ? t('product.ownProduct') : state.error.message || t('common.error'));

  const own = user?.id === product.author.id;
  const toggle = () => {
    if (status !== 'signed-in') {
      void navigate(`/signin?next=${encodeURIComponent(location.pathname)}`);
      return;
    }
    state.toggle();
  };

  const big = size === 'lg';
  return (
    <div className="flex flex-col items-center">
      <button
        type="button"
        onClick={toggle}
        disabled={own}
        aria-pressed={state.on}
        title={own ? t('product.ownProduct') : undefined}
        className={`flex flex-col items-center justify-center rounded-lg border font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${big ? 'min-w-20 px-4 py-2 text-base' : 'min-w-14 px-2 py-1 text-sm'} ${state.on ? 'border-brand-600 bg-brand-600 text-white' : 'border-line bg-surface text-ink hover:border-brand-500'}`}
      >
        <span aria-hidden>▲</span>
        <span className="sr-only">{state.on ? t('common.upvoted') : t('common.upvote')}</span>{' '}
        <span data-testid="upvote-count">{formatNumber(state.count)}</span>
      </button>
      {error && <p role="alert" className="mt-1 max-w-40 text-center text-xs text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
