import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export const changePassword = (currentPassword: string, newPassword: string) =>
  unwrap(api.POST('/api/v1/auth/change-password', { body: { currentPassword, newPassword } }));

export const useChangePassword = () =>
  useMutation({ mutationFn: ({ currentPassword, newPassword }: { currentPassword: string; newPassword: string }) => changePassword(currentPassword, newPassword) });
