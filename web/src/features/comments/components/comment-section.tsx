import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/session';
import { useComments, type CommentSort } from '@/features/comments/api/list-comments';
import { useCreateComment } from '@/features/comments/api/create-comment';
import { CommentForm } from '@/features/comments/components/comment-form';
import { CommentItem } from '@/features/comments/components/comment-item';
import { PagedList } from '@/components/ui/paged-list';

export function CommentSection({ productId }: { productId: number }) {
  const { t } = useTranslation();
  const { status } = useAuth();
  const [sort, setSort] = useState<CommentSort>('best');
  const comments = useComments(productId, sort);
  const create = useCreateComment(productId);
  const loaded = comments.isSuccess;

  // Notifications link to #comment-<id>: the thread loads after the page, so scroll once it is there.
  useEffect(() => {
    if (!loaded || !location.hash.startsWith('#comment-')) return;
    const target = document.getElementById(location.hash.slice(1));
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.classList.add('ring-2', 'ring-brand-500', 'rounded');
    }
  }, [loaded]);

  return (
    <section aria-labelledby="discussion" className="mt-8">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="discussion" className="text-xl font-semibold">{t('comments.title')}</h2>
        <label className="flex items-center gap-2 text-sm">
          {t('comments.sort')}
          <select value={sort} onChange={(e) => setSort(e.target.value as CommentSort)} className="rounded-md border border-line bg-surface px-2 py-1">
            <option value="best">{t('comments.best')}</option>
            <option value="new">{t('comments.new')}</option>
            <option value="old">{t('comments.old')}</option>
          </select>
        </label>
      </div>
      {status === 'signed-in' ? (
        <CommentForm label={t('comments.body')} submitLabel={t('comments.post')} pending={create.isPending} error={create.error}
          onSubmit={(body) => create.mutateAsync({ body, parentId: null })} />
      ) : (
        <p className="rounded-md bg-muted p-3 text-sm">
          <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`} className="font-medium underline">{t('nav.signIn')}</Link> — {t('comments.signIn')}
        </p>
      )}
      <div className="mt-4">
        <PagedList query={comments} empty={t('comments.empty')}>
          {(items) => <ul className="divide-y divide-line">{items.map((c) => <CommentItem key={c.id} comment={c} productId={productId} />)}</ul>}
        </PagedList>
      </div>
    </section>
  );
}
