import { useTranslation } from 'react-i18next';
import type { ProductStatus } from '@/lib/api/types';

const colors: Record<ProductStatus, string> = {
  draft: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
  scheduled: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  published: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  archived: 'bg-zinc-200 text-zinc-700 dark:bg-zinc-700 dark:text-zinc-100',
};

export function StatusBadge({ status }: { status: ProductStatus }) {
  const { t } = useTranslation();
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${colors[status]}`}>{t(`status.${status}`)}</span>;
}
