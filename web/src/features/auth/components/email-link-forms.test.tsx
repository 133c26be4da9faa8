import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';
import { anonymous, json, mockApi } from '@/test/api-mock';
import { renderWithApp } from '@/test/render';

afterEach(() => vi.unstubAllGlobals());

describe('ForgotPasswordForm', () => {
  it('says the same thing whatever the address, once the API accepts it', async () => {
    const calls = mockApi({ 'POST /api/v1/auth/refresh': anonymous, 'POST /api/v1/auth/forgot-password': () => new Response(null, { status: 202 }) });
    const user = userEvent.setup();
    renderWithApp(<ForgotPasswordForm />);
    await user.type(screen.getByLabelText('Email'), ' someone@example.com ');
    await user.click(screen.getByRole('button', { name: 'Email me a link' }));

    expect(await screen.findByRole('status')).toHaveTextContent('If an account uses this address');
    const sent = calls.find((c) => c.path.endsWith('/forgot-password'));
    expect(JSON.parse(sent?.body ?? 'null')).toEqual({ email: 'someone@example.com' });
  });
});

describe('ResetPasswordForm', () => {
  it('shows an expired or used link as an error and the password rules next to the field', async () => {
    mockApi({
      'POST /api/v1/auth/refresh': anonymous,
      'POST /api/v1/auth/reset-password': () => json(400, {
        title: 'One or more validation errors occurred.', status: 400,
        errors: { token: ['The link is invalid, has expired or was already used.'] },
      }),
    });
    const user = userEvent.setup();
    renderWithApp(<ResetPasswordForm token="abc" />);
    await user.type(screen.getByLabelText('New password'), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));

    expect(await screen.findByText('The link is invalid, has expired or was already used.')).toBeInTheDocument();
  });
});
