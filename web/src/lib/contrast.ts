/**
 * WCAG 2 relative luminance of a `#rgb` or `#rrggbb` colour (0 for black, 1 for white), or null
 * when the string is not one.
 */
export function relativeLuminance(color: string): number | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white: whichever has the higher WCAG contrast ratio on `background` (white if it is not a hex colour). */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  const l = relativeLuminance(background);
  if (l === null) return '#ffffff';
  // Contrast with black is (l + 0.05) / 0.05; with white, 1.05 / (l + 0.05).
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
