import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** Always answers 202 for a well-formed address (the API does not reveal whether an account has it). */
export const forgotPassword = (email: string) => unwrap(api.POST('/api/v1/auth/forgot-password', { body: { email } }));

export const useForgotPassword = () => useMutation({ mutationFn: forgotPassword });

export const resetPassword = (token: string, newPassword: string) =>
  unwrap(api.POST('/api/v1/auth/reset-password', { body: { token, newPassword } }));

export const useResetPassword = () =>
  useMutation({ mutationFn: ({ token, newPassword }: { token: string; newPassword: string }) => resetPassword(token, newPassword) });

export const confirmEmail = (token: string) => unwrap(api.POST('/api/v1/auth/confirm-email', { body: { token } }));

export const useConfirmEmail = () => useMutation({ mutationFn: confirmEmail });

export const resendConfirmation = () => unwrap(api.POST('/api/v1/auth/confirm-email/resend'));

export const useResendConfirmation = () => useMutation({ mutationFn: resendConfirmation });
