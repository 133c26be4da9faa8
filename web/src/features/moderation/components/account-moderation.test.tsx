import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountModeration } from '@/features/moderation/components/account-moderation';
import { json, me, mockApi } from '@/test/api-mock';
import { renderWithApp } from '@/test/render';

afterEach(() => vi.unstubAllGlobals());

const sessionWith = (roles: string[]) => () =>
  json(200, { accessToken: 'token-1', tokenType: 'Bearer', expiresIn: 900, user: { ...me, roles: ['user', ...roles] } });

/** A response held back until the test releases it, to look at the optimistic state. */
function gated(response: () => Response) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  return { handler: async () => { await gate; return response(); }, release };
}

describe('AccountModeration', () => {
  it('is not shown to plain users, nor to moderators on their own profile', async () => {
    const calls = mockApi({ 'POST /api/v1/auth/refresh': sessionWith([]) });
    const { unmount } = renderWithApp(<AccountModeration username="bob" userId={2} />);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(screen.queryByRole('button')).toBeNull();
    unmount();

    mockApi({ 'POST /api/v1/auth/refresh': sessionWith(['moderator']) });
    renderWithApp(<AccountModeration username="alice" userId={me.id} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('lets a moderator ban at once, with a reason, and offers the unban', async () => {
    const ban = gated(() => new Response(null, { status: 204 }));
    const calls = mockApi({ 'POST /api/v1/auth/refresh': sessionWith(['moderator']), 'PUT /api/v1/admin/users/bob/ban': ban.handler });
    const user = userEvent.setup();
    renderWithApp(<AccountModeration username="bob" userId={2} />);
    await user.type(await screen.findByLabelText('Reason (optional, shown in the public log)'), 'spam launches');
    await user.click(screen.getByRole('button', { name: 'Ban' }));

    expect(screen.getByText('Banned')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unban' })).toBeDisabled();
    ban.release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Unban' })).toBeEnabled());
    expect(JSON.parse(calls.find((c) => c.method === 'PUT')!.body!)).toEqual({ reason: 'spam launches' });
    // Moderators do not manage roles.
    expect(screen.queryByRole('button', { name: /Grant/ })).toBeNull();
  });

  it('rolls a refused ban back and shows why', async () => {
    const ban = gated(() => json(403, { title: 'Moderators cannot ban moderators or admins.', status: 403 }));
    mockApi({ 'POST /api/v1/auth/refresh': sessionWith(['moderator']), 'PUT /api/v1/admin/users/bob/ban': ban.handler });
    const user = userEvent.setup();
    renderWithApp(<AccountModeration username="bob" userId={2} />);
    await user.click(await screen.findByRole('button', { name: 'Ban' }));
    expect(screen.getByText('Banned')).toBeInTheDocument();

    ban.release();

    expect(await screen.findByRole('alert')).toHaveTextContent('Moderators cannot ban moderators or admins.');
    expect(screen.getByRole('button', { name: 'Ban' })).toBeEnabled();
    expect(screen.queryByText('Banned')).toBeNull();
  });

  it('lets an admin grant and revoke roles, rolling back a refusal', async () => {
    const calls = mockApi({
      'POST /api/v1/auth/refresh': sessionWith(['admin']),
      'PUT /api/v1/admin/users/bob/roles/moderator': () => new Response(null, { status: 204 }),
      'DELETE /api/v1/admin/users/bob/roles/admin': () => json(409, { title: 'The last admin cannot lose the role.', status: 409 }),
    });
    const user = userEvent.setup();
    renderWithApp(<AccountModeration username="bob" userId={2} />);

    await user.click(await screen.findByRole('button', { name: 'Grant Moderator' }));
    expect(screen.getByRole('button', { name: 'Grant Moderator' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT' && c.path.endsWith('/roles/moderator'))).toBe(true));
    expect(screen.getByText('granted')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Revoke Admin' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The last admin cannot lose the role.');
    expect(screen.getByRole('button', { name: 'Revoke Admin' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getAllByText(/^(granted|revoked)$/)).toHaveLength(1);
  });
});
