// The moderator's side of a scenario over the real REST API: create the event and the poll,
// open it, and read the results the API reports.
import type { CreateEventResponse } from "../shared/event.js";
import type { ChoicePoll, Poll } from "../shared/poll.js";
import type { Results } from "../shared/results.js";
import { PICK_TWO_OF_SIX } from "./ballots.js";

export type BenchEvent = { code: string; moderatorKey: string };

/** One REST call that must succeed; its JSON answer. */
export async function call<T>(baseUrl: string, method: string, path: string, body?: unknown, key?: string): Promise<T> {
  const headers: Record<string, string> = {};
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(baseUrl + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

export async function createEvent(baseUrl: string, title: string): Promise<BenchEvent> {
  const created = await call<CreateEventResponse>(baseUrl, "POST", "/api/events", { title, locale: "de" });
  return { code: created.event.code, moderatorKey: created.moderatorKey };
}

/** Creates the pick-two-of-six poll and opens it. */
export async function openPickTwoOfSix(baseUrl: string, event: BenchEvent): Promise<ChoicePoll> {
  const polls = `/api/events/${event.code}/polls`;
  const { poll } = await call<{ poll: Poll }>(baseUrl, "POST", polls, PICK_TWO_OF_SIX, event.moderatorKey);
  const opened = await call<{ poll: Poll }>(baseUrl, "POST", `${polls}/${poll.id}/open`, undefined, event.moderatorKey);
  if (opened.poll.type !== "choice" || opened.poll.state !== "open") throw new Error("the poll did not open");
  return opened.poll;
}

export async function fetchResults(baseUrl: string, code: string, pollId: number): Promise<Results> {
  return (await call<{ results: Results }>(baseUrl, "GET", `/api/events/${code}/polls/${pollId}/results`)).results;
}
