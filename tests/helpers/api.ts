// A small REST client for tests: real HTTP requests against a running server.

import { SEED_CHOICE_POLL, SEED_RATING_POLL } from "../../scripts/seed-conference.js";
import type { CreateEventResponse } from "../../shared/event.js";
import type { Poll } from "../../shared/poll.js";

export type Reply<T = unknown> = { status: number; body: T; headers: Headers };

// biome-ignore lint/suspicious/noExplicitAny: tests read reply bodies of many shapes; assertions check them
export async function request<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  options: { body?: unknown; key?: string; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  const response = await fetch(baseUrl + path, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON (CSV): keep the text
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

export type EventFixture = { code: string; key: string };

export async function createEvent(baseUrl: string, fields: Record<string, unknown> = {}): Promise<EventFixture> {
  const reply = await request<CreateEventResponse>(baseUrl, "POST", "/api/events", {
    body: { title: "Erfolg durch kurze Wege", locale: "de", ...fields },
  });
  if (reply.status !== 201) throw new Error(`event not created: ${JSON.stringify(reply.body)}`);
  return { code: reply.body.event.code, key: reply.body.moderatorKey };
}

export async function createPoll(baseUrl: string, event: EventFixture, fields: Record<string, unknown>): Promise<Poll> {
  const reply = await request<{ poll: Poll }>(baseUrl, "POST", `/api/events/${event.code}/polls`, {
    body: fields,
    key: event.key,
  });
  if (reply.status !== 201) throw new Error(`poll not created: ${JSON.stringify(reply.body)}`);
  return reply.body.poll;
}

export async function pollAction(baseUrl: string, event: EventFixture, pollId: number, action: string) {
  return request<{ poll: Poll }>(baseUrl, "POST", `/api/events/${event.code}/polls/${pollId}/${action}`, {
    key: event.key,
  });
}

/** The seed conference's polls (scripts/seed-conference.ts), as the tests create them. */
export const PICK_TWO_OF_SIX = SEED_CHOICE_POLL;
export const EVENT_RATING = SEED_RATING_POLL;
