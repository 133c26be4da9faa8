// The access token lives in memory only (never Web Storage); a reload renews it with the
// HttpOnly refresh cookie.
let accessToken: string | null = null;
const listeners = new Set<() => void>();

export function getAccessToken() {
  return accessToken;
}

export function setAccessToken(token: string | null) {
  accessToken = token;
  listeners.forEach((l) => l());
}

export function onAccessTokenChange(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
