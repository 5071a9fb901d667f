/**
 * Sign-in is a pasted API key, kept in sessionStorage: it lives as long as the
 * tab, never in a cookie (so no CSRF exposure) and never in localStorage.
 * Without a key the server treats loopback use as its anonymous local user.
 */
const KEY = "gig.apiKey";

export function apiKey(): string | null {
  return sessionStorage.getItem(KEY);
}

export function signIn(key: string): void {
  sessionStorage.setItem(KEY, key.trim());
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

/**
 * Headers that authenticate a request, plus the header Yoga's CSRF prevention
 * asks of requests a form could forge (multipart uploads): a page of another
 * origin cannot set it without a CORS preflight.
 */
export function authHeaders(): Record<string, string> {
  const key = apiKey();
  return {
    "x-graphql-yoga-csrf": "1",
    ...(key ? { authorization: `Bearer ${key}` } : {}),
  };
}
