import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** The private opt-in (PATCH sends only this field) to the daily email of unread notifications (PATCH /users/me, shown on GET /auth/me). */
export const setEmailDigest = (emailDigest: boolean) => unwrap(api.PATCH('/api/v1/users/me', { body: { emailDigest } as never }));

export const useSetEmailDigest = () => useMutation({ mutationFn: setEmailDigest });
