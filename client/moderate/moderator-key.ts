// The moderator key travels in the URL fragment (#key=…), which browsers never send to a
// server. It is moved into sessionStorage and out of the address bar at once, so it does not
// end up on a projected screen, in a screenshot or in the history.

const storageKey = (code: string) => `handzeichen:moderator-key:${code}`;

/** A key from a pasted moderator link or the key itself. */
export function keyFromInput(input: string): string {
  const trimmed = input.trim();
  const match = /[#&]key=([^&\s]+)/.exec(trimmed);
  return match?.[1] ? decodeURIComponent(match[1]) : trimmed;
}

export function takeKeyFromUrl(code: string): string | null {
  const match = /(?:^#|&)key=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    rememberKey(code, decodeURIComponent(match[1]));
    history.replaceState(null, "", location.pathname + location.search);
  }
  return storedKey(code);
}

export function storedKey(code: string): string | null {
  try {
    return sessionStorage.getItem(storageKey(code));
  } catch {
    return null;
  }
}

export function rememberKey(code: string, key: string): void {
  try {
    sessionStorage.setItem(storageKey(code), key);
  } catch {
    // Without sessionStorage the key lives only in this page's memory.
  }
}

export function forgetKey(code: string): void {
  try {
    sessionStorage.removeItem(storageKey(code));
  } catch {
    // Nothing stored, nothing to forget.
  }
}

export const moderatorLink = (origin: string, code: string, key: string) =>
  `${origin}/moderate/${encodeURIComponent(code)}#key=${encodeURIComponent(key)}`;
