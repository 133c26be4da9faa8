import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProductThumb } from '@/features/products/components/product-card';

const product = { title: 'lantern', thumbnailUrl: '/media/logos/0123456789abcdef0123456789abcdef-160.webp', category: { color: '#336699' } };

describe('ProductThumb', () => {
  it('is decorative on cards, beside the linked title', () => {
    const { container } = render(<><ProductThumb product={product} /><ProductThumb product={{ ...product, thumbnailUrl: null }} /></>);
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    expect(container.querySelector('img')).toHaveAttribute('loading', 'lazy');
  });

  it('names the logo on the product page and loads it at once', () => {
    render(<ProductThumb product={product} size={80} alt="lantern logo" />);
    const logo = screen.getByRole('img', { name: 'lantern logo' });
    expect(logo).toHaveAttribute('src', product.thumbnailUrl);
    expect(logo).not.toHaveAttribute('loading');
  });

  it('falls back to the initial on the category colour, still named', () => {
    render(<ProductThumb product={{ ...product, thumbnailUrl: null }} size={80} alt="lantern logo" />);
    const tile = screen.getByRole('img', { name: 'lantern logo' });
    expect(tile).toHaveTextContent('L');
    expect(tile).toHaveStyle({ backgroundColor: '#336699', color: '#ffffff' });
  });

  it('writes the initial in black on a light category colour', () => {
    render(<ProductThumb product={{ ...product, thumbnailUrl: null, category: { color: '#f59e0b' } }} alt="lantern logo" />);
    expect(screen.getByRole('img', { name: 'lantern logo' })).toHaveStyle({ color: '#000000' });
  });
});
