import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export const deleteAccount = (password: string | null) => unwrap(api.DELETE('/api/v1/users/me', { body: { password } }));

export const useDeleteAccount = () => useMutation({ mutationFn: deleteAccount });
