// Where the audience joins: the server's PUBLIC_URL (put into the page as a meta tag by
// server/http/pages.ts), or else the address this page was loaded from.

export function publicBaseUrl(): string {
  const configured = document.querySelector('meta[name="handzeichen-public-url"]')?.getAttribute("content");
  return (configured || location.origin).replace(/\/+$/, "");
}

export const joinUrl = (code: string): string => `${publicBaseUrl()}/e/${encodeURIComponent(code)}`;

/** "https://vote.example.org/e/123456" → "vote.example.org/e/123456": what people type. */
export const withoutScheme = (url: string): string => url.replace(/^https?:\/\//, "");

/** The event code of pages at /<page>/:code. */
export function codeFromPath(): string {
  const segments = location.pathname.split("/").filter(Boolean);
  return decodeURIComponent(segments[1] ?? "").toLowerCase();
}
