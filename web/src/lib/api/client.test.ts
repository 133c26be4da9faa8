import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, refreshSession, unwrap } from '@/lib/api/client';
import { getAccessToken, setAccessToken } from '@/lib/api/access-token';
import { ApiError } from '@/lib/api/problem';
import { json, me, mockApi } from '@/test/api-mock';

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessToken(null);
});

describe('api client', () => {
  it('renews an expired access token once with the refresh cookie and retries the call', async () => {
    setAccessToken('expired');
    const seen: (string | null)[] = [];
    const calls = mockApi({
      'GET /api/v1/auth/me': (r) => {
        seen.push(r.headers.get('Authorization'));
        return r.headers.get('Authorization') === 'Bearer fresh' ? json(200, me) : json(401, { status: 401 });
      },
      'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'fresh', tokenType: 'Bearer', expiresIn: 900, user: me }),
    });
    const result = await unwrap(api.GET('/api/v1/auth/me'));
    expect(result).toMatchObject({ username: 'alice' });
    expect(seen).toEqual(['Bearer expired', 'Bearer fresh']);
    expect(calls.filter((c) => c.path === '/api/v1/auth/refresh')).toHaveLength(1);
    expect(getAccessToken()).toBe('fresh');
  });

  it('shares one refresh between concurrent callers (a refresh token is single use)', async () => {
    const calls = mockApi({ 'POST /api/v1/auth/refresh': () => json(200, { accessToken: 't', tokenType: 'Bearer', expiresIn: 900, user: me }) });
    await Promise.all([refreshSession(), refreshSession(), refreshSession()]);
    expect(calls).toHaveLength(1);
  });

  it('turns problem details into an ApiError with field errors and Retry-After', async () => {
    mockApi({ 'POST /api/v1/auth/login': () => json(429, { title: 'Too many attempts.', status: 429, errors: { login: ['Slow down.'] } }, { 'Retry-After': '12' }) });
    const error = await unwrap(api.POST('/api/v1/auth/login', { body: { login: 'a', password: 'b', tokenDelivery: 'cookie' } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(429);
    expect(apiError.retryAfter).toBe(12);
    expect(apiError.fieldErrors('login')).toEqual(['Slow down.']);
    expect(apiError.otherErrors(['password'])).toEqual(['Slow down.']);
  });
});
