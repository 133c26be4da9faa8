import i18n from '@/lib/i18n/i18n';

export function formatDate(iso: string | null | undefined) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(i18n.language === 'fa' ? 'fa-IR' : 'en-US', { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatNumber(n: number) {
  return new Intl.NumberFormat(i18n.language === 'fa' ? 'fa-IR' : 'en-US').format(n);
}

/** A list of names, joined the language's way ("A, B" in English, "A، B" in Persian). */
export function formatList(items: string[]) {
  return new Intl.ListFormat(i18n.language === 'fa' ? 'fa' : 'en', { type: 'unit' }).format(items);
}

export function timeAgo(iso: string) {
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  const rtf = new Intl.RelativeTimeFormat(i18n.language === 'fa' ? 'fa' : 'en', { numeric: 'auto' });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of steps) if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  return rtf.format(Math.round(seconds), 'second');
}

export function displayName(user: { displayName?: string | null; username: string } | null | undefined) {
  return user ? user.displayName || user.username : '';
}
