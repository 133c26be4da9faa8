import { api, unwrap } from '@/lib/api/client';

/**
 * Admins only: the API sets a short-lived cookie scoped to /admin/jobs (the dashboard cannot see
 * the bearer token), then the browser navigates to the Hangfire dashboard.
 */
export async function openJobsDashboard() {
  await unwrap(api.POST('/api/v1/admin/jobs/dashboard-session'));
  location.assign('/admin/jobs');
}
