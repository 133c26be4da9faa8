import { vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;

export const json = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });

/**
 * Replaces fetch with handlers keyed "METHOD /path" (no query string). Unhandled calls fail the test
 * loudly. Returns the list of calls made, for assertions.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const calls: { method: string; path: string; body: string | null }[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), location.origin), init);
    const url = new URL(request.url);
    const key = `${request.method} ${url.pathname}`;
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.clone().text();
    calls.push({ method: request.method, path: url.pathname + url.search, body });
    const handler = handlers[key];
    if (!handler) throw new Error(`unexpected request ${key}`);
    return handler(request);
  });
  return calls;
}

export const me = {
  id: 1, username: 'alice', displayName: 'Alice', bio: null, avatarUrl: null, website: null, location: null, company: null,
  jobTitle: null, twitter: null, github: null, linkedin: null, createdAt: '2026-01-01T00:00:00Z',
  stats: { products: 0, followers: 0, following: 0, upvotesReceived: 0 }, viewerFollows: false,
  email: 'alice@example.com', emailConfirmed: false, roles: ['user'], hasPassword: true, googleLinked: false,
};

export const signedIn = () => json(200, { accessToken: 'token-1', tokenType: 'Bearer', expiresIn: 900, user: me });
export const anonymous = () => json(401, { title: 'The refresh token is invalid, expired or already used.', status: 401 });
