import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSearchSuggestions } from '@/features/search/api/search-suggest';
import { displayName } from '@/lib/format';

interface Option { key: string; label: string; hint: string; to: string }

/** Header search: debounced suggestions (combobox); Enter opens the results page. */
export function SearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useEffect(() => {
    const h = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(h);
  }, [text]);
  const data = useSearchSuggestions(q).data;
  const options: Option[] = data
    ? [
        ...data.products.map((p) => ({ key: `p${p.id}`, label: p.title, hint: t('search.products'), to: `/p/${p.slug}` })),
        ...data.users.map((u) => ({ key: `u${u.id}`, label: displayName(u), hint: t('search.users'), to: `/u/${u.username}` })),
        ...data.categories.map((c) => ({ key: `c${c.id}`, label: c.name, hint: t('search.categories'), to: `/c/${c.slug}` })),
        ...data.tags.map((tag) => {
          const slug = typeof tag === 'string' ? tag : tag.slug;
          return { key: `t${slug}`, label: `#${slug}`, hint: t('search.tags'), to: `/t/${slug}` };
        }),
      ]
    : [];
  const show = open && q.length >= 2 && options.length > 0;

  const go = (to: string) => {
    setOpen(false);
    setActive(-1);
    void navigate(to);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (active >= 0 && show) return go(options[active].to);
    if (text.trim()) go(`/search?q=${encodeURIComponent(text.trim())}`);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => Math.min(a + 1, options.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, -1)); }
    else if (e.key === 'Escape') { setOpen(false); setActive(-1); }
  };
  return (
    <form role="search" onSubmit={submit} className="relative w-full">
      <label htmlFor={id} className="sr-only">{t('search.label')}</label>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-expanded={show}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={show && active >= 0 ? `${id}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => { setText(e.target.value); setOpen(true); setActive(-1); }}
        onKeyDown={onKey}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className="w-full rounded-md border border-line bg-surface px-3 py-1.5 text-sm"
      />
      {show && (
        <ul id={`${id}-list`} role="listbox" className="absolute z-30 mt-1 max-h-80 w-full overflow-auto rounded-md border border-line bg-surface shadow-lg">
          {options.map((o, i) => (
            <li key={o.key} id={`${id}-${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => { e.preventDefault(); go(o.to); }}
              className={`flex cursor-pointer justify-between gap-2 px-3 py-2 text-sm ${i === active ? 'bg-muted' : ''}`}>
              <span className="truncate">{o.label}</span><span className="shrink-0 text-xs text-ink-soft">{o.hint}</span>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
