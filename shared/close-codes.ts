// WebSocket close codes of the live feed that clients react to (docs/api.md, "Keep-alive and
// closing"). Free of zod, so pages can import them without the schema library.

/** The event does not exist (any more): deleted by its moderator or the retention purge. Do not reconnect. */
export const EVENT_GONE_CLOSE_CODE = 4404;
