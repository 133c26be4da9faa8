import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export type ReportReason = 'spam' | 'offensive' | 'off_topic' | 'other';

export const reportComment = (id: number, reason: ReportReason) =>
  unwrap(api.POST('/api/v1/reports', { body: { targetType: 'comment', targetId: id, reason, note: null } }));

export const useReportComment = () => useMutation({ mutationFn: ({ id, reason }: { id: number; reason: ReportReason }) => reportComment(id, reason) });
