// The moderator key travels in the URL fragment (#key=…), which browsers never send to a
// server. It is moved into sessionStorage and out of the address bar at once, so it does not
// end up on a projected screen, in a screenshot or in the history. A Q&A moderator link carries
// its key as #qa=… instead; it is kept the same way, and the server's answer to it says which key
// it was (docs/api.md "The Q&A moderator key"), so the console needs no second place for it.

const storageKey = (code: string) => `handzeichen:moderator-key:${code}`;

/** A key from a pasted moderator link, a pasted Q&A moderator link, or the key itself. */
export function keyFromInput(input: string): string {
  const trimmed = input.trim();
  const match = /[#&](?:key|qa)=([^&\s]+)/.exec(trimmed);
  return match?.[1] ? decodeURIComponent(match[1]) : trimmed;
}

/** The key of a moderator link (#key=…) or a Q&A moderator link (#qa=…), else the one kept for this tab. */
export function takeKeyFromUrl(code: string): string | null {
  const match = /(?:^#|&)(?:key|qa)=([^&]+)/.exec(location.hash);
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

/** The link for a helper who moderates only the questions. */
export const qaModeratorLink = (origin: string, code: string, qaKey: string) =>
  `${origin}/moderate/${encodeURIComponent(code)}#qa=${encodeURIComponent(qaKey)}`;
