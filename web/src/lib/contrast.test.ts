import { describe, expect, it } from 'vitest';
import { relativeLuminance, textColorOn } from '@/lib/contrast';

const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

describe('relativeLuminance', () => {
  it('follows WCAG 2: black 0, white 1, sRGB channels linearised', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBe(1);
    expect(relativeLuminance('#fff')).toBe(1);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });

  it('is null for anything that is not a hex colour', () => {
    for (const c of ['', 'red', '#12345', '#ggg', 'rgb(0,0,0)']) expect(relativeLuminance(c)).toBeNull();
  });
});

describe('textColorOn', () => {
  it('picks black on light backgrounds and white on dark ones', () => {
    expect(textColorOn('#ffffff')).toBe('#000000');
    expect(textColorOn('#f59e0b')).toBe('#000000'); // amber: white would be 2.1:1
    expect(textColorOn('#0ea5e9')).toBe('#000000');
    expect(textColorOn('#1e3a8a')).toBe('#ffffff');
    expect(textColorOn('#000')).toBe('#ffffff');
  });

  it('always gives the higher contrast ratio, at least 4.5:1 on the default categories', () => {
    for (const bg of ['#8b5cf6', '#0ea5e9', '#10b981', '#f43f5e', '#f59e0b', '#6366f1']) {
      const l = relativeLuminance(bg)!;
      const chosen = ratio(l, textColorOn(bg) === '#000000' ? 0 : 1);
      expect(chosen).toBeGreaterThanOrEqual(Math.max(ratio(l, 0), ratio(l, 1)));
      expect(chosen, bg).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps white when the colour cannot be read', () => {
    expect(textColorOn('not a colour')).toBe('#ffffff');
  });
});
