import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProductForm } from '@/features/products/components/product-form';
import { validateProduct } from '@/features/products/product-rules';
import { setLanguage } from '@/lib/i18n/i18n';
import { json, mockApi, signedIn } from '@/test/api-mock';
import { renderWithApp } from '@/test/render';
import type { Category } from '@/lib/api/types';

afterEach(() => vi.unstubAllGlobals());

const categories: Category[] = [{ id: 1, slug: 'saas', name: 'SaaS', description: '', icon: 'cloud', color: '#0ea5e9', productCount: 3, viewerFollows: false }];

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Title'), 'Lumen');
  await user.type(screen.getByLabelText('Tagline'), 'Light for your logs');
  await user.type(screen.getByLabelText('Description (Markdown)'), 'Short');
  await user.type(screen.getByLabelText('Website'), 'https://lumen.example');
  await user.selectOptions(screen.getByLabelText('Category'), 'saas');
}

describe('ProductForm', () => {
  it('requires a 20-character description to publish, but not for a draft', async () => {
    const calls = mockApi({
      'POST /api/v1/auth/refresh': signedIn,
      'POST /api/v1/products': () => json(201, { id: 5, slug: 'lumen', status: 'draft' }),
    });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<ProductForm categories={categories} onSaved={onSaved} />);
    await fillValid(user);

    await user.click(screen.getByRole('button', { name: 'Publish now' }));
    expect(screen.getByLabelText('Description (Markdown)')).toHaveAccessibleDescription(expect.stringContaining('at least 20 characters'));
    expect(calls.some((c) => c.path === '/api/v1/products')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const body = JSON.parse(calls.find((c) => c.path === '/api/v1/products')!.body!);
    expect(body).toMatchObject({ title: 'Lumen', status: 'draft', category: 'saas', demoUrl: null, tags: [] });
  });

  it('shows the API’s field errors next to the fields, including per-tag errors', async () => {
    mockApi({
      'POST /api/v1/auth/refresh': signedIn,
      'POST /api/v1/tags': () => json(404, {}),
      'POST /api/v1/products': () => json(400, {
        title: 'One or more validation errors occurred.', status: 400,
        errors: { websiteUrl: ['Must be an absolute http or https URL.'], 'tags[0]': ['Each tag must be 2–30 letters or digits.'], other: ['Something else.'] },
      }),
    });
    const user = userEvent.setup();
    renderWithApp(<ProductForm categories={categories} onSaved={vi.fn()} />);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(screen.getByLabelText('Website')).toHaveAccessibleDescription(expect.stringContaining('Must be an absolute http or https URL.')));
    expect(screen.getByRole('combobox', { name: 'Tags' })).toHaveAccessibleDescription(expect.stringContaining('Each tag must be 2–30 letters or digits.'));
    expect(screen.getByRole('alert')).toHaveTextContent('Something else.');
  });

  it('mirrors the API’s field rules', () => {
    const ok = { title: 'Lumen', tagline: 'Light for logs', description: 'x'.repeat(20), websiteUrl: 'https://a.example', demoUrl: '', category: 'saas', tags: ['logs'], launchAt: '' };
    expect(validateProduct(ok, 'published')).toEqual({});
    expect(validateProduct({ ...ok, websiteUrl: 'javascript:alert(1)', demoUrl: 'ftp://x', title: 'ab', tagline: 'x'.repeat(81) }, 'draft'))
      .toEqual({ websiteUrl: expect.any(String), demoUrl: expect.any(String), title: expect.any(String), tagline: expect.any(String) });
    expect(validateProduct({ ...ok, tags: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'draft').tags).toBe('At most 5 tags.');
    expect(validateProduct(ok, 'scheduled').launchAt).toBeDefined();
  });

  it('explains the rules in the reader’s language', async () => {
    await setLanguage('fa');
    try {
      expect(validateProduct({ title: 'ab', tagline: 'Light for logs', description: '', websiteUrl: 'https://a.example', demoUrl: '', category: 'saas', tags: [], launchAt: '' }, 'draft'))
        .toEqual({ title: 'عنوان باید ۳ تا ۱۰۰ نویسه باشد.' });
    } finally {
      await setLanguage('en');
    }
  });
});
