import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpvoteButton } from '@/features/products/components/upvote-button';
import { json, mockApi, signedIn } from '@/test/api-mock';
import { renderWithApp } from '@/test/render';

afterEach(() => vi.unstubAllGlobals());

const product = { id: 7, upvoteCount: 10, viewerHasUpvoted: false, author: { id: 99 } };

function deferred() {
  let resolve!: (r: Response) => void;
  const promise = new Promise<Response>((r) => (resolve = r));
  return { promise, resolve };
}

describe('UpvoteButton', () => {
  it('shows the upvote at once and keeps the server count when it succeeds', async () => {
    const answer = deferred();
    mockApi({ 'POST /api/v1/auth/refresh': signedIn, 'PUT /api/v1/products/7/upvote': () => answer.promise });
    const user = userEvent.setup();
    renderWithApp(<UpvoteButton product={product} />);
    const button = await screen.findByRole('button', { name: 'Upvote 10' });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);

    // Optimistic: before the API answers.
    expect(screen.getByRole('button', { name: 'Upvoted 11' })).toHaveAttribute('aria-pressed', 'true');
    answer.resolve(json(200, { upvoteCount: 12, viewerHasUpvoted: true }));
    await screen.findByRole('button', { name: 'Upvoted 12' });
  });

  it('rolls back and explains when the upvote fails', async () => {
    const answer = deferred();
    mockApi({ 'POST /api/v1/auth/refresh': signedIn, 'PUT /api/v1/products/7/upvote': () => answer.promise });
    const user = userEvent.setup();
    renderWithApp(<UpvoteButton product={product} />);
    await user.click(await screen.findByRole('button', { name: 'Upvote 10' }));
    expect(screen.getByRole('button', { name: 'Upvoted 11' })).toBeInTheDocument();

    answer.resolve(json(429, { title: 'Too many requests.', status: 429 }, { 'Retry-After': '30' }));
    await screen.findByRole('button', { name: 'Upvote 10' });
    expect(screen.getByRole('button', { name: 'Upvote 10' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('alert')).toHaveTextContent('Too many requests.');
  });

  it('sends anonymous visitors to sign in instead of calling the API', async () => {
    const calls = mockApi({ 'POST /api/v1/auth/refresh': () => json(401, { status: 401 }) });
    const user = userEvent.setup();
    renderWithApp(<UpvoteButton product={product} />);
    await waitFor(() => expect(calls).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Upvote 10' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(calls.some((c) => c.path.includes('/upvote'))).toBe(false);
  });

  it('is disabled on the maker’s own product', async () => {
    mockApi({ 'POST /api/v1/auth/refresh': signedIn });
    renderWithApp(<UpvoteButton product={{ ...product, author: { id: 1 } }} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Upvote 10' })).toBeDisabled());
  });
});
