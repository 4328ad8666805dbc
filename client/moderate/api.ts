// The moderator's REST calls: JSON in and out, the key in the Authorization header (never in a URL).
import type { ErrorBody } from "../../shared/errors.js";

export type ApiReply<T> = { ok: true; body: T } | { ok: false; status: number; code: string; message: string };

export async function apiRequest<T>(method: string, path: string, key: string, body?: unknown): Promise<ApiReply<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: "OFFLINE", message: "no connection to the server" };
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (response.ok) return { ok: true, body: parsed as T };
  const error = (parsed as Partial<ErrorBody> | undefined)?.error;
  return {
    ok: false,
    status: response.status,
    code: error?.code ?? "INTERNAL",
    message: error?.message ?? response.statusText,
  };
}

/** Downloads a file that needs the key: fetched with the header, then saved from a blob. */
export async function download(path: string, key: string, fileName: string): Promise<boolean> {
  try {
    const response = await fetch(path, { headers: { authorization: `Bearer ${key}` } });
    if (!response.ok) return false;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}
