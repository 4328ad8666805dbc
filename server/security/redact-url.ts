// Secrets out of the log: the query parameters that may carry them are blanked in logged URLs.

/** Query parameters that carry secrets (the live feed's old form, docs/api.md). */
const SECRET_QUERY_NAMES = new Set(["participant", "key", "access"]);

/**
 * Blanks secret query parameters before a URL reaches the log. A name is read as the query
 * parser reads it ('+' a space, %-escapes decoded), so `?%70articipant=` is caught too.
 */
export function redactUrl(url: string): string {
  const start = url.indexOf("?");
  if (start === -1) return url;
  const pairs = url
    .slice(start + 1)
    .split("&")
    .map((pair) => {
      const equals = pair.indexOf("=");
      if (equals === -1 || !SECRET_QUERY_NAMES.has(queryName(pair.slice(0, equals)))) return pair;
      return `${pair.slice(0, equals + 1)}[redacted]`;
    });
  return `${url.slice(0, start + 1)}${pairs.join("&")}`;
}

function queryName(raw: string): string {
  const spaced = raw.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced).toLowerCase();
  } catch {
    // Not valid percent-encoding: the parser keeps such a name as it is.
    return spaced.toLowerCase();
  }
}
