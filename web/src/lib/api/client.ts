import createClient from 'openapi-fetch';
import type { paths } from '@/lib/api/schema';
import { getAccessToken, setAccessToken } from '@/lib/api/access-token';
import { ApiError, type ProblemBody } from '@/lib/api/problem';
import type { TokenResponse } from '@/lib/api/types';

let refreshing: Promise<TokenResponse | null> | null = null;
let onSession: ((session: TokenResponse | null) => void) | null = null;

/** The auth context listens here, so a refresh made by any request updates the signed-in user. */
export function setSessionListener(listener: ((session: TokenResponse | null) => void) | null) {
  onSession = listener;
}

/**
 * Renews the access token with the refresh cookie. Refresh tokens are single use and a replayed one
 * revokes the whole family, so concurrent callers share one request.
 */
export function refreshSession(): Promise<TokenResponse | null> {
  refreshing ??= (async () => {
    try {
      const res = await globalThis.fetch('/api/v1/auth/refresh', { method: 'POST', credentials: 'same-origin' });
      const session = res.ok ? ((await res.json()) as TokenResponse) : null;
      setAccessToken(session?.accessToken ?? null);
      onSession?.(session);
      return session;
    } catch {
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

function withToken(request: Request) {
  const token = getAccessToken();
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  return request;
}

// Calls that hand out tokens: a 401 there is an answer, not an expired token.
const tokenRoutes = /^\/api\/v1\/auth\/(login|register|refresh|logout|google)$/;

/** Adds the bearer token; on a 401 with a token, renews it once and retries. */
async function authFetch(input: Request): Promise<Response> {
  const hadToken = getAccessToken() !== null;
  const retry = input.clone();
  const res = await globalThis.fetch(withToken(input));
  if (res.status !== 401 || !hadToken || tokenRoutes.test(new URL(input.url).pathname)) return res;
  const session = await refreshSession();
  return session ? globalThis.fetch(withToken(retry)) : res;
}

export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '', fetch: authFetch });

/** Turns an openapi-fetch result into its data, or throws the problem details as an ApiError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const problem = (error && typeof error === 'object' ? error : { title: response.statusText }) as ProblemBody;
    const retry = Number(response.headers.get('Retry-After'));
    throw new ApiError(response.status, problem, Number.isFinite(retry) && retry > 0 ? retry : null);
  }
  return data as T;
}

/** For routes the OpenAPI document does not describe yet (or whose answer it leaves out). */
export async function getJson<T>(path: string, query?: Record<string, string | number | boolean | undefined | null>): Promise<T> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  const res = await authFetch(new Request(qs ? `${location.origin}${path}?${qs}` : `${location.origin}${path}`));
  if (!res.ok) {
    let problem: ProblemBody = { title: res.statusText, status: res.status };
    try {
      problem = (await res.json()) as ProblemBody;
    } catch {
      /* not JSON */
    }
    throw new ApiError(res.status, problem);
  }
  return (await res.json()) as T;
}

/** `limit`/`cursor` are accepted by every list but missing from the OpenAPI parameters. */
export function pageQuery<Q extends object>(query: Q, cursor: string | null | undefined, limit = 20): Q {
  return { ...query, limit, ...(cursor ? { cursor } : {}) } as Q;
}
