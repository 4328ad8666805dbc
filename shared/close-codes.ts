// WebSocket close codes of the live feed that clients react to (docs/api.md, "Keep-alive and
// closing"). Free of zod, so pages can import them without the schema library.

/** The event does not exist (any more): deleted by its moderator or the retention purge. Do not reconnect. */
export const EVENT_GONE_CLOSE_CODE = 4404;

/** The Q&A moderator key this feed moderated with was replaced or revoked: reconnect without it. */
export const KEY_REVOKED_CLOSE_CODE = 4401;

/**
 * Several nodes: this node stood still for seconds, so what the connection sent meanwhile may be
 * older than what the page has done since on another node. Reconnect (and send again what was not
 * acknowledged). 1012 is the standard "service restart".
 */
export const NODE_STALLED_CLOSE_CODE = 1012;
