import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignUpForm, validateSignUp } from '@/features/auth/components/sign-up-form';
import { anonymous, json, mockApi, signedIn } from '@/test/api-mock';
import { renderWithApp } from '@/test/render';

afterEach(() => vi.unstubAllGlobals());

async function fill(user: ReturnType<typeof userEvent.setup>, values: { username: string; email: string; password: string }) {
  await user.type(screen.getByLabelText('Username'), values.username);
  await user.type(screen.getByLabelText('Email'), values.email);
  await user.type(screen.getByLabelText('Password'), values.password);
}

describe('SignUpForm', () => {
  it('checks the API rules before sending anything', async () => {
    const calls = mockApi({ 'POST /api/v1/auth/refresh': anonymous });
    const user = userEvent.setup();
    renderWithApp(<SignUpForm next="/" onSignedUp={vi.fn()} />);
    await fill(user, { username: 'a!', email: 'not-an-email', password: 'short' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription(expect.stringContaining('Use 3–30 letters, digits and underscores.'));
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Use 8–128 characters.')).toBeInTheDocument();
    expect(calls.filter((c) => c.path.includes('register'))).toHaveLength(0);
  });

  it('shows problem-details field errors next to the fields they name', async () => {
    mockApi({
      'POST /api/v1/auth/refresh': anonymous,
      'POST /api/v1/auth/register': () => json(400, {
        title: 'One or more validation errors occurred.', status: 400,
        errors: { username: ['This username is already taken.'], password: ['This password is too common.'] },
      }),
    });
    const user = userEvent.setup();
    const onSignedUp = vi.fn();
    renderWithApp(<SignUpForm next="/" onSignedUp={onSignedUp} />);
    await fill(user, { username: 'alice', email: 'alice@example.com', password: 'password123' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(screen.getByLabelText('Username')).toHaveAccessibleDescription(expect.stringContaining('This username is already taken.')));
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(expect.stringContaining('This password is too common.'));
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    expect(onSignedUp).not.toHaveBeenCalled();
  });

  it('asks for the refresh token in a cookie and hands the session over', async () => {
    const calls = mockApi({ 'POST /api/v1/auth/refresh': anonymous, 'POST /api/v1/auth/register': signedIn });
    const user = userEvent.setup();
    const onSignedUp = vi.fn();
    renderWithApp(<SignUpForm next="/" onSignedUp={onSignedUp} />);
    await fill(user, { username: 'alice', email: 'alice@example.com', password: 'a long passphrase' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(onSignedUp).toHaveBeenCalled());
    expect(onSignedUp.mock.calls[0][0]).toMatchObject({ accessToken: 'token-1', user: { username: 'alice' } });
    const body = JSON.parse(calls.find((c) => c.path === '/api/v1/auth/register')!.body!);
    expect(body).toEqual({ username: 'alice', email: 'alice@example.com', password: 'a long passphrase', displayName: null, tokenDelivery: 'cookie' });
  });

  it('validates like the API', () => {
    expect(validateSignUp({ username: 'ok_name', email: 'a@b.co', password: '12345678', displayName: '' })).toEqual({});
    expect(validateSignUp({ username: 'x'.repeat(31), email: 'a@b.co', password: 'p'.repeat(129), displayName: 'd'.repeat(61) }))
      .toEqual({ username: expect.any(String), password: expect.any(String), displayName: expect.any(String) });
  });
});
