import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountModeration } from '@/features/moderation/components/account-moderation';
import { json, me, mockApi } from '@/test/api-mock';
import { renderWithApp } from '@/test/render';

afterEach(() => vi.unstubAllGlobals());

const sessionWith = (roles: string[]) => () =>
  json(200, { accessToken: 'token-1', tokenType: 'Bearer', expiresIn: 900, user: { ...me, roles: ['user', ...roles] } });

/** Bob as GET /admin/users/bob shows him to moderators. */
const bob = (extra: { roles?: string[]; bannedAt?: string | null } = {}) =>
  ({ ...me, id: 2, username: 'bob', displayName: 'Bob', roles: ['user'], bannedAt: null, ...extra });

/** A response held back until the test releases it, to look at the optimistic state. */
function gated(response: () => Response) {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  return { handler: async () => { await gate; return response(); }, release };
}

describe('AccountModeration', () => {
  it('is not shown to plain users (nor asks for the account), nor to moderators on their own profile', async () => {
    const calls = mockApi({ 'POST /api/v1/auth/refresh': sessionWith([]) });
    const { unmount } = renderWithApp(<AccountModeration username="bob" />);
    await waitFor(() => expect(calls).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toHaveLength(1);
    expect(screen.queryByRole('button')).toBeNull();
    unmount();

    mockApi({ 'POST /api/v1/auth/refresh': sessionWith(['moderator']), 'GET /api/v1/admin/users/alice': () => json(200, { ...me, roles: ['user', 'moderator'], bannedAt: null }) });
    renderWithApp(<AccountModeration username="alice" />);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the real ban state and roles: a banned account offers the unban', async () => {
    mockApi({
      'POST /api/v1/auth/refresh': sessionWith(['moderator']),
      'GET /api/v1/admin/users/bob': () => json(200, bob({ bannedAt: '2026-11-20T10:00:00Z' })),
    });
    renderWithApp(<AccountModeration username="bob" />);

    expect(await screen.findByRole('button', { name: 'Unban' })).toBeEnabled();
    expect(screen.getByTestId('account-state')).toHaveTextContent('Banned since Nov 20, 2026 · Staff roles: none');
    // Moderators do not manage roles.
    expect(screen.queryByRole('button', { name: /Grant|Revoke/ })).toBeNull();
  });

  it('does not offer a moderator the ban of another moderator (the API would refuse it)', async () => {
    mockApi({
      'POST /api/v1/auth/refresh': sessionWith(['moderator']),
      'GET /api/v1/admin/users/bob': () => json(200, bob({ roles: ['user', 'moderator'] })),
    });
    renderWithApp(<AccountModeration username="bob" />);

    const ban = await screen.findByRole('button', { name: 'Ban' });
    expect(ban).toBeDisabled();
    expect(ban).toHaveAccessibleDescription('Only an admin can ban or unban a moderator or an admin.');
    expect(screen.getByTestId('account-state')).toHaveTextContent('Staff roles: Moderator');
  });

  it('lets a moderator ban at once, with a reason, and keeps the state the API then shows', async () => {
    const ban = gated(() => new Response(null, { status: 204 }));
    let banned = false;
    const calls = mockApi({
      'POST /api/v1/auth/refresh': sessionWith(['moderator']),
      'GET /api/v1/admin/users/bob': () => json(200, bob({ bannedAt: banned ? '2026-11-24T12:00:00Z' : null })),
      'GET /api/v1/users/bob': () => json(banned ? 404 : 200, banned ? { title: 'No such user.', status: 404 } : bob()),
      'PUT /api/v1/admin/users/bob/ban': async () => { const r = await ban.handler(); banned = true; return r; },
    });
    const user = userEvent.setup();
    renderWithApp(<AccountModeration username="bob" />);
    expect(await screen.findByTestId('account-state')).toHaveTextContent('Not banned');
    await user.type(screen.getByLabelText('Reason (optional, shown in the public log)'), 'spam launches');
    await user.click(screen.getByRole('button', { name: 'Ban' }));

    expect(screen.getByTestId('account-state')).toHaveTextContent('Banned since');
    expect(screen.getByRole('button', { name: 'Unban' })).toBeDisabled();
    ban.release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Unban' })).toBeEnabled());
    await waitFor(() => expect(screen.getByTestId('account-state')).toHaveTextContent('Banned since Nov 24, 2026'));
    expect(JSON.parse(calls.find((c) => c.method === 'PUT')!.body!)).toEqual({ reason: 'spam launches' });
    expect(screen.getByLabelText('Reason (optional, shown in the public log)')).toHaveValue('');
  });

  it('rolls a refused ban back and shows why', async () => {
    // Bob became a moderator since the page loaded: the API refuses.
    const ban = gated(() => json(403, { title: 'Only an admin can ban a moderator or an admin.', status: 403 }));
    mockApi({
      'POST /api/v1/auth/refresh': sessionWith(['moderator']),
      'GET /api/v1/admin/users/bob': () => json(200, bob()),
      'GET /api/v1/users/bob': () => json(200, bob()),
      'PUT /api/v1/admin/users/bob/ban': ban.handler,
    });
    const user = userEvent.setup();
    renderWithApp(<AccountModeration username="bob" />);
    await user.click(await screen.findByRole('button', { name: 'Ban' }));
    expect(screen.getByTestId('account-state')).toHaveTextContent('Banned since');

    ban.release();

    expect(await screen.findByRole('alert')).toHaveTextContent('Only an admin can ban a moderator or an admin.');
    expect(screen.getByRole('button', { name: 'Ban' })).toBeEnabled();
    expect(screen.getByTestId('account-state')).toHaveTextContent('Not banned');
  });

  it('lets an admin grant and revoke roles from their current state, rolling back a refusal', async () => {
    let roles = ['user', 'admin'];
    const calls = mockApi({
      'POST /api/v1/auth/refresh': sessionWith(['admin']),
      'GET /api/v1/admin/users/bob': () => json(200, bob({ roles })),
      'GET /api/v1/users/bob': () => json(200, bob()),
      'PUT /api/v1/admin/users/bob/roles/moderator': () => { roles = [...roles, 'moderator']; return new Response(null, { status: 204 }); },
      'DELETE /api/v1/admin/users/bob/roles/admin': () => json(409, { title: 'The account changed at the same time; try again.', status: 409 }),
    });
    const user = userEvent.setup();
    renderWithApp(<AccountModeration username="bob" />);

    // Bob is an admin already: the admin row offers the revoke, the moderator row the grant.
    expect(await screen.findByRole('button', { name: 'Revoke Admin' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Grant Moderator' }));
    expect(await screen.findByRole('button', { name: 'Revoke Moderator' })).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT' && c.path.endsWith('/roles/moderator'))).toBe(true));
    await waitFor(() => expect(screen.getByTestId('account-state')).toHaveTextContent('Staff roles: Moderator, Admin'));

    await user.click(screen.getByRole('button', { name: 'Revoke Admin' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The account changed at the same time; try again.');
    expect(await screen.findByRole('button', { name: 'Revoke Admin' })).toBeEnabled();
  });
});
