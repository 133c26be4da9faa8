import { afterEach, describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n/i18n';
import { formatList } from '@/lib/format';

describe('formatList', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('joins with an English comma in English', () => {
    expect(formatList(['Moderator'])).toBe('Moderator');
    expect(formatList(['Moderator', 'Admin'])).toBe('Moderator, Admin');
  });

  it('joins with the Arabic comma in Persian', async () => {
    await i18n.changeLanguage('fa');
    const list = formatList(['ناظر', 'مدیر', 'سازنده']);
    expect(list).toMatch(/^ناظر،.*مدیر،.*سازنده$/); // ICU may add a right-to-left mark after the first comma
    expect(list).not.toContain(',');
  });
});
