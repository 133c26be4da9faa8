import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';

interface FieldProps {
  label: string;
  error?: string[] | string;
  hint?: ReactNode;
}

const control = 'w-full rounded-md border bg-surface px-3 py-2 text-ink placeholder:text-ink-soft focus:outline-2 focus:outline-brand-500';

function Messages({ id, error, hint, hintId }: { id: string; error?: string[] | string; hint?: ReactNode; hintId: string }) {
  const errors = typeof error === 'string' ? [error] : (error ?? []);
  return (
    <>
      {hint && <p id={hintId} className="mt-1 text-xs text-ink-soft">{hint}</p>}
      {errors.length > 0 && (
        <ul id={id} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {errors.map((e) => <li key={e}>{e}</li>)}
        </ul>
      )}
    </>
  );
}

/** A labelled input whose problem-details errors are shown under it and linked with aria-describedby. */
export function TextField({ label, error, hint, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const hasError = typeof error === 'string' ? !!error : !!error?.length;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">{label}</label>
      <input
        id={id}
        aria-invalid={hasError || undefined}
        aria-describedby={[hasError ? `${id}-err` : '', hint ? `${id}-hint` : ''].join(' ').trim() || undefined}
        className={`${control} ${hasError ? 'border-red-600' : 'border-line'}`}
        {...input}
      />
      <Messages id={`${id}-err`} hintId={`${id}-hint`} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({ label, error, hint, ...area }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const hasError = typeof error === 'string' ? !!error : !!error?.length;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">{label}</label>
      <textarea
        id={id}
        aria-invalid={hasError || undefined}
        aria-describedby={[hasError ? `${id}-err` : '', hint ? `${id}-hint` : ''].join(' ').trim() || undefined}
        className={`${control} ${hasError ? 'border-red-600' : 'border-line'}`}
        {...area}
      />
      <Messages id={`${id}-err`} hintId={`${id}-hint`} error={error} hint={hint} />
    </div>
  );
}

export function FormErrors({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100">
      <ul>{messages.map((m) => <li key={m}>{m}</li>)}</ul>
    </div>
  );
}
