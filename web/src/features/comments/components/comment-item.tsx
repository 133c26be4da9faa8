import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Comment } from '@/lib/api/types';
import { useAuth } from '@/lib/auth/session';
import { useCreateComment } from '@/features/comments/api/create-comment';
import { useUpdateComment } from '@/features/comments/api/update-comment';
import { useDeleteComment } from '@/features/comments/api/delete-comment';
import { useCommentUpvote } from '@/features/comments/api/upvote-comment';
import { useReportComment, type ReportReason } from '@/features/comments/api/report-comment';
import { CommentForm } from '@/features/comments/components/comment-form';
import { Avatar } from '@/components/ui/avatar';
import { SanitizedHtml } from '@/components/ui/sanitized-html';
import { displayName, formatNumber, timeAgo } from '@/lib/format';
import { useOptimisticVote } from '@/lib/use-optimistic-vote';

const editWindowMs = 24 * 3_600_000;

function countReplies(c: Comment): number {
  return c.replies.reduce((n, r) => n + 1 + countReplies(r), 0);
}

export function CommentItem({ comment, productId, depth = 0 }: { comment: Comment; productId: number; depth?: number }) {
  const { t } = useTranslation();
  const { user, status, isModerator } = useAuth();
  const [mode, setMode] = useState<'view' | 'reply' | 'edit'>('view');
  const [collapsed, setCollapsed] = useState(false);
  const [reported, setReported] = useState(false);
  const [reporting, setReporting] = useState(false);
  const reply = useCreateComment(productId);
  const edit = useUpdateComment(productId);
  const remove = useDeleteComment(productId);
  const upvote = useCommentUpvote(comment.id);
  const vote = useOptimisticVote(comment.upvoteCount, comment.viewerHasUpvoted, upvote.mutate);
  const report = useReportComment();

  const mine = !!user && comment.author?.id === user.id;
  const canEdit = mine && !comment.deleted && Date.now() - new Date(comment.createdAt).getTime() < editWindowMs;
  const signedIn = status === 'signed-in';
  const replies = countReplies(comment);

  return (
    <li id={`comment-${comment.id}`} className={depth > 0 ? 'border-s-2 border-line ps-3 sm:ps-4' : ''} data-testid="comment">
      <div className="py-2">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <button type="button" onClick={() => setCollapsed(!collapsed)} aria-expanded={!collapsed} className="rounded px-1 font-mono text-ink-soft hover:bg-muted">
            <span aria-hidden>{collapsed ? '[+]' : '[−]'}</span>
            <span className="sr-only">{collapsed ? t('comments.expand', { count: replies + 1 }) : t('comments.collapse')}</span>
          </button>
          {comment.author ? (
            <Link to={`/u/${comment.author.username}`} className="flex items-center gap-1.5 font-medium hover:underline">
              <Avatar user={comment.author} size={20} /> {displayName(comment.author)}
            </Link>
          ) : <span className="text-ink-soft">{t('comments.deleted')}</span>}
          <time dateTime={comment.createdAt} className="text-ink-soft">{timeAgo(comment.createdAt)}</time>
          {comment.edited && <span className="text-ink-soft">({t('comments.edited')})</span>}
          {collapsed && replies > 0 && <span className="text-ink-soft">{t('comments.expand', { count: replies })}</span>}
        </div>
        {!collapsed && (
          <>
            {mode === 'edit' ? (
              <div className="mt-2">
                <CommentForm label={t('common.edit')} initial={comment.body} submitLabel={t('common.save')} pending={edit.isPending} error={edit.error} autoFocus
                  onSubmit={(body) => edit.mutateAsync({ id: comment.id, body }).then(() => setMode('view'))} onCancel={() => setMode('view')} />
              </div>
            ) : comment.deleted ? (
              <p className="mt-1 text-sm italic text-ink-soft">{t('comments.deleted')}</p>
            ) : (
              // bodyHtml is rendered from Markdown and sanitized by allow-list on the server.
              <SanitizedHtml className="prose-vitrin mt-1 text-sm" html={comment.bodyHtml} />
            )}
            {!comment.deleted && mode !== 'edit' && (
              <div className="mt-1 flex flex-wrap items-center gap-1 text-xs">
                <button type="button" onClick={vote.toggle} disabled={!signedIn || mine} aria-pressed={vote.on}
                  className={`rounded px-2 py-1 hover:bg-muted disabled:opacity-60 ${vote.on ? 'font-semibold text-brand-700 dark:text-brand-300' : 'text-ink-soft'}`}>
                  <span aria-hidden>▲ </span><span className="sr-only">{vote.on ? t('common.upvoted') : t('common.upvote')}</span>{' '}{formatNumber(vote.count)}
                </button>
                {signedIn && <button type="button" onClick={() => setMode(mode === 'reply' ? 'view' : 'reply')} className="rounded px-2 py-1 text-ink-soft hover:bg-muted">{t('common.reply')}</button>}
                {canEdit && <button type="button" onClick={() => setMode('edit')} className="rounded px-2 py-1 text-ink-soft hover:bg-muted">{t('common.edit')}</button>}
                {(mine || isModerator) && (
                  <button type="button" onClick={() => { if (confirm(t('common.confirmDelete'))) remove.mutate(comment.id); }} className="rounded px-2 py-1 text-ink-soft hover:bg-muted">{t('common.delete')}</button>
                )}
                {signedIn && !mine && (reported
                  ? <span role="status" className="px-2 text-ink-soft">{t('comments.reported')}</span>
                  : reporting ? (
                    <span className="flex flex-wrap items-center gap-1">
                      <span className="text-ink-soft">{t('moderation.reason')}:</span>
                      {(['spam', 'offensive', 'off_topic', 'other'] as ReportReason[]).map((reason) => (
                        <button key={reason} type="button" disabled={report.isPending} className="rounded border border-line px-2 py-0.5 hover:bg-muted"
                          onClick={() => report.mutate({ id: comment.id, reason }, { onSuccess: () => setReported(true) })}>{t(`moderation.reasons.${reason}`)}</button>
                      ))}
                      <button type="button" onClick={() => setReporting(false)} className="rounded px-2 py-0.5 text-ink-soft hover:bg-muted">{t('common.cancel')}</button>
                    </span>
                  ) : <button type="button" onClick={() => setReporting(true)} className="rounded px-2 py-1 text-ink-soft hover:bg-muted">{t('common.report')}</button>)}
                {report.isError && <span role="alert" className="text-red-700 dark:text-red-400">{report.error.message}</span>}
              </div>
            )}
            {mode === 'reply' && (
              <div className="mt-2">
                <CommentForm label={t('comments.replyTo', { name: displayName(comment.author) })} submitLabel={t('common.reply')} pending={reply.isPending} error={reply.error} autoFocus
                  onSubmit={(body) => reply.mutateAsync({ body, parentId: comment.id }).then(() => setMode('view'))} onCancel={() => setMode('view')} />
              </div>
            )}
          </>
        )}
      </div>
      {!collapsed && comment.replies.length > 0 && (
        <ul>{comment.replies.map((r) => <CommentItem key={r.id} comment={r} productId={productId} depth={depth + 1} />)}</ul>
      )}
    </li>
  );
}
