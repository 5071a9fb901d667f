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
