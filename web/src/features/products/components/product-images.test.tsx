import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProductImages } from '@/features/products/components/product-images';
import { json, mockApi, signedIn } from '@/test/api-mock';
import { renderWithApp } from '@/test/render';
import type { Media, Product } from '@/lib/api/types';

const media = (id: number, position: number, alt = ''): Media =>
  ({ id, url: `/media/gallery/${id}.webp`, thumbnailUrl: `/media/gallery/${id}-400.webp`, width: 1600, height: 900, alt, position });

const product = (gallery: Media[]) => ({ id: 7, slug: 'lumen', title: 'Lumen', thumbnailUrl: null, gallery } as unknown as Product);

const png = (bytes = 10) => new File([new Uint8Array(bytes)], 'shot.png', { type: 'image/png' });

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:preview');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.unstubAllGlobals());

describe('ProductImages', () => {
  it('uploads a gallery image as multipart with its alt text, previewing it first', async () => {
    let sent: FormData | null = null;
    mockApi({
      'POST /api/v1/auth/refresh': signedIn,
      'POST /api/v1/products/7/media': async (request) => {
        sent = await request.formData();
        return json(201, media(1, 0, 'Dashboard'));
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ProductImages product={product([])} />);

    await user.upload(screen.getByLabelText('Add an image'), png());
    expect(document.querySelector('img[src="blob:preview"]')).not.toBeNull();
    await user.type(screen.getByLabelText('Alt text'), 'Dashboard');
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent!.get('alt')).toBe('Dashboard');
    expect(sent!.has('file')).toBe(true);
  });

  it('shows the API’s reason when it refuses a file, and refuses oversized files without sending them', async () => {
    const calls = mockApi({
      'POST /api/v1/auth/refresh': signedIn,
      'POST /api/v1/products/7/media': () => json(400, { title: 'One or more validation errors occurred.', status: 400, errors: { file: ['The image could not be decoded.'] } }),
    });
    const user = userEvent.setup();
    renderWithApp(<ProductImages product={product([])} />);

    await user.upload(screen.getByLabelText('Add an image'), png(11 * 1024 * 1024));
    expect(await screen.findByText('The image is larger than 10 MB.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload' })).toBeDisabled();

    await user.upload(screen.getByLabelText('Add an image'), png());
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(await screen.findByText('The image could not be decoded.')).toBeInTheDocument();
    expect(calls.filter((c) => c.path === '/api/v1/products/7/media')).toHaveLength(1);
  });

  it('moves an image with PATCH position and lists the gallery in position order', async () => {
    const calls = mockApi({
      'POST /api/v1/auth/refresh': signedIn,
      'PATCH /api/v1/products/7/media/2': () => json(200, media(2, 0)),
    });
    const user = userEvent.setup();
    renderWithApp(<ProductImages product={product([media(2, 1, 'second'), media(1, 0, 'first')])} />);

    expect(screen.getAllByLabelText('Alt text').map((i) => (i as HTMLInputElement).value).slice(0, 2)).toEqual(['first', 'second']);
    expect(screen.getByRole('button', { name: 'Move image 1 earlier' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move image 2 earlier' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(JSON.parse(calls.find((c) => c.method === 'PATCH')!.body!)).toEqual({ position: 0 });
  });
});
