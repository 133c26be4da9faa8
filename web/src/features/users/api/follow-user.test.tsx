import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useProfile } from '@/features/users/api/get-profile';
import { FollowButton } from '@/features/users/components/follow-button';
import { json, me, mockApi, signedIn } from '@/test/api-mock';
import { renderWithApp } from '@/test/render';

afterEach(() => vi.unstubAllGlobals());

const bob = { ...me, id: 2, username: 'bob', displayName: 'Bob', stats: { products: 1, followers: 5, following: 0, upvotesReceived: 0 }, viewerFollows: false };

function BobPage() {
  const profile = useProfile('bob');
  if (!profile.data) return null;
  return (
    <>
      <p>followers: {profile.data.stats.followers}</p>
      <FollowButton profile={profile.data} />
    </>
  );
}

describe('follow (optimistic)', () => {
  it('follows at once and rolls back when the API refuses', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    mockApi({
      'POST /api/v1/auth/refresh': signedIn,
      'GET /api/v1/users/bob': () => json(200, bob),
      'PUT /api/v1/users/bob/follow': async () => { await gate; return json(500, { title: 'Server error', status: 500 }); },
    });
    const user = userEvent.setup();
    renderWithApp(<BobPage />);
    await user.click(await screen.findByRole('button', { name: 'Follow' }));

    expect(screen.getByRole('button', { name: 'Unfollow' })).toBeInTheDocument();
    expect(screen.getByText('followers: 6')).toBeInTheDocument();
    release();
    await screen.findByRole('button', { name: 'Follow' });
    expect(screen.getByText('followers: 5')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Server error');
  });

  it('keeps the follow when the API accepts it', async () => {
    let followed = false;
    mockApi({
      'POST /api/v1/auth/refresh': signedIn,
      'GET /api/v1/users/bob': () => json(200, followed ? { ...bob, viewerFollows: true, stats: { ...bob.stats, followers: 6 } } : bob),
      'PUT /api/v1/users/bob/follow': () => { followed = true; return new Response(null, { status: 204 }); },
    });
    const user = userEvent.setup();
    renderWithApp(<BobPage />);
    await user.click(await screen.findByRole('button', { name: 'Follow' }));
    await waitFor(() => expect(followed).toBe(true));
    expect(await screen.findByRole('button', { name: 'Unfollow' })).toBeInTheDocument();
    expect(screen.getByText('followers: 6')).toBeInTheDocument();
  });
});
