// The error codes of the public API (docs/api.md "Errors"): one list for server, client and docs.
import { z } from "zod";

export const ErrorCode = z.enum([
  "INVALID_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "EVENT_CODE_TAKEN",
  "INVALID_TRANSITION",
  "POLL_HAS_VOTES",
  "POLL_CLOSED",
  "ACCESS_CODE_REQUIRED",
  "INVALID_VOTE",
  "PAYLOAD_TOO_LARGE",
  "RATE_LIMITED",
  "QA_DISABLED",
  "INTERNAL",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z.object({
  error: z.object({ code: ErrorCode, message: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
