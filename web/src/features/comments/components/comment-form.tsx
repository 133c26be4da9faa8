import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, formErrors } from '@/lib/api/problem';
import { Button } from '@/components/ui/button';

interface Props {
  label: string;
  initial?: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** Comment body (1–5 000 characters of Markdown); the API's field error is shown under it. */
export function CommentForm({ label, initial = '', submitLabel, pending, error, onSubmit, onCancel, autoFocus }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState(initial);
  const [local, setLocal] = useState<string | null>(null);
  const apiError = error instanceof ApiError ? error : null;
  const messages = [
    ...(local ? [local] : []),
    ...(apiError?.fieldErrors('body') ?? []),
    ...formErrors(apiError, ['body'], (seconds) => t('common.tryLater', { seconds })),
  ];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = body.trim();
    if (text.length < 1 || text.length > 5000) {
      setLocal('A comment is 1–5 000 characters.');
      return;
    }
    setLocal(null);
    try {
      await onSubmit(text);
      setBody('');
    } catch {
      /* shown from `error` */
    }
  };
  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      <label htmlFor={id} className="sr-only">{label}</label>
      <textarea id={id} value={body} onChange={(e) => setBody(e.target.value)} rows={3} maxLength={5000} autoFocus={autoFocus}
        placeholder={t('comments.placeholder')} aria-invalid={messages.length > 0 || undefined} aria-describedby={messages.length ? `${id}-err` : undefined}
        className={`w-full rounded-md border bg-surface px-3 py-2 ${messages.length ? 'border-red-600' : 'border-line'}`} />
      {messages.length > 0 && <ul id={`${id}-err`} role="alert" className="text-sm text-red-700 dark:text-red-400">{messages.map((m) => <li key={m}>{m}</li>)}</ul>}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>{submitLabel}</Button>
        {onCancel && <Button variant="ghost" onClick={onCancel}>{t('common.cancel')}</Button>}
      </div>
    </form>
  );
}
