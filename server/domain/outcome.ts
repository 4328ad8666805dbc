// Errors as values: domain functions return an Outcome instead of throwing.
import type { ErrorCode } from "../../shared/errors.js";

export type Failure = { ok: false; code: ErrorCode; message: string };
export type Outcome<T> = { ok: true; value: T } | Failure;

export const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Failure => ({ ok: false, code, message });
