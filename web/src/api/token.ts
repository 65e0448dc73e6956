// The curator's write token lives in sessionStorage: it is gone when the tab closes.
const KEY = 'veille.token';

export function readToken(): string | null {
  try { return sessionStorage.getItem(KEY); } catch { return null; }
}

export function saveToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch { /* storage disabled: curation stays off */ }
}
