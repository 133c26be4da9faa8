import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTagSuggestions } from '@/features/products/api/search-tags';
import { normalizeTag } from '@/features/products/product-rules';

/** Tags as removable chips, with autocomplete from existing tags (an ARIA combobox). */
export function TagInput({ value, onChange, error }: { value: string[]; onChange: (tags: string[]) => void; error?: string[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [active, setActive] = useState(-1);
  useEffect(() => {
    const h = setTimeout(() => setDebounced(normalizeTag(text)), 200);
    return () => clearTimeout(h);
  }, [text]);
  const suggestions = (useTagSuggestions(debounced).data ?? []).filter((s) => !value.includes(s.slug));
  const open = text.length > 0 && suggestions.length > 0;

  const add = (raw: string) => {
    const tag = normalizeTag(raw);
    if (tag && !value.includes(tag)) onChange([...value, tag]);
    setText('');
    setActive(-1);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && open) { e.preventDefault(); setActive((a) => Math.min(a + 1, suggestions.length - 1)); }
    else if (e.key === 'ArrowUp' && open) { e.preventDefault(); setActive((a) => Math.max(a - 1, -1)); }
    else if (e.key === 'Enter' || e.key === ',') {
      if (text.trim()) { e.preventDefault(); add(active >= 0 && open ? suggestions[active].slug : text); }
    } else if (e.key === 'Backspace' && !text && value.length) onChange(value.slice(0, -1));
    else if (e.key === 'Escape') setText('');
  };
  const errors = error ?? [];
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">{t('form.tags')}</label>
      <div className={`flex flex-wrap items-center gap-1.5 rounded-md border bg-surface p-1.5 ${errors.length ? 'border-red-600' : 'border-line'}`}>
        {value.map((tag) => (
          <span key={tag} className="flex items-center gap-1 rounded-full bg-muted px-2 py-0.5 text-sm">
            #{tag}
            <button type="button" onClick={() => onChange(value.filter((x) => x !== tag))} aria-label={t('form.removeTag', { tag })} className="text-ink-soft hover:text-ink">×</button>
          </span>
        ))}
        <div className="relative min-w-32 flex-1">
          <input
            id={id}
            role="combobox"
            aria-expanded={open}
            aria-controls={`${id}-list`}
            aria-activedescendant={active >= 0 ? `${id}-opt-${active}` : undefined}
            aria-describedby={`${id}-hint${errors.length ? ` ${id}-err` : ''}`}
            aria-invalid={errors.length > 0 || undefined}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKey}
            onBlur={() => setTimeout(() => text.trim() && add(text), 150)}
            disabled={value.length >= 5}
            className="w-full bg-transparent px-1 py-1 outline-none"
          />
          {open && (
            <ul id={`${id}-list`} role="listbox" className="absolute z-20 mt-1 w-full rounded-md border border-line bg-surface shadow-lg">
              {suggestions.map((s, i) => (
                <li key={s.slug} id={`${id}-opt-${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => { e.preventDefault(); add(s.slug); }}
                  className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? 'bg-muted' : ''}`}>
                  #{s.slug} <span className="text-ink-soft">({s.productCount})</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <p id={`${id}-hint`} className="mt-1 text-xs text-ink-soft">{t('form.tagsHint')}</p>
      {errors.length > 0 && <ul id={`${id}-err`} className="mt-1 text-sm text-red-700 dark:text-red-400">{errors.map((m) => <li key={m}>{m}</li>)}</ul>}
    </div>
  );
}
