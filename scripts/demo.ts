// `npm run demo [-- --audience 60] [--url http://host:port]`: the seed conference, ready to
// show. Creates "Erfolg durch kurze Wege" with its pick-two-of-six poll and 1–5 rating,
// optionally lets a simulated audience vote in the seed's proportions, and prints the
// voter, moderator, projector and overlay links. Without --url it serves the app itself,
// logging only warnings (LOG_LEVEL=info shows every request), so the links stay readable.
import { parseArgs } from "node:util";
import WebSocket from "ws";
import { buildApp } from "../server/app.js";
import { loadConfig } from "../server/config.js";
import type { CreateEventResponse } from "../shared/event.js";
import { formatDecimal, formatPercent } from "../shared/format.js";
import type { ServerMessage } from "../shared/messages.js";
import type { Poll } from "../shared/poll.js";
import type { Results } from "../shared/results.js";
import {
  SEED_CHOICE_POLL,
  SEED_CHOICES,
  SEED_EVENT,
  SEED_RATING_POLL,
  SEED_RATINGS,
  seedAnswer,
} from "./seed-conference.js";

/** Votes spread over this long, so the projector has something to animate. */
const VOTING_SPREAD_MS = 4000;
/** The served app's log level unless LOG_LEVEL says otherwise: one line per request would bury the links. */
const DEMO_LOG_LEVEL = "warn";

const { values } = parseArgs({
  options: { audience: { type: "string", default: "0" }, url: { type: "string" } },
});
const audience = Number(values.audience);
if (!Number.isInteger(audience) || audience < 0 || audience > 2000) {
  console.error("--audience takes a whole number from 0 to 2000");
  process.exit(2);
}

async function api<T>(base: string, method: string, path: string, body?: unknown, key?: string): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  if (key) headers.authorization = `Bearer ${key}`;
  const response = await fetch(base + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const reply = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(`${method} ${path}: ${reply.error?.message ?? response.status}`);
  return reply;
}

async function simulateAudience(base: string, code: string, poll: Poll, size: number): Promise<void> {
  const wsBase = base.replace(/^http/, "ws");
  await Promise.all(
    Array.from({ length: size }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * VOTING_SPREAD_MS));
      const socket = new WebSocket(`${wsBase}/api/events/${code}/live`);
      await new Promise<void>((resolve, reject) => {
        socket.on("message", (data) => {
          const frame = JSON.parse(String(data)) as ServerMessage;
          if (frame.type === "snapshot") {
            const ballot =
              poll.type === "choice"
                ? { optionIds: seedAnswer(SEED_CHOICES, i, size).map((position) => poll.options[position]?.id ?? 0) }
                : { rating: seedAnswer(SEED_RATINGS, i, size) };
            socket.send(JSON.stringify({ type: "vote", requestId: 1, pollId: poll.id, ...ballot }));
          } else if (frame.type === "ack" || frame.type === "error") {
            socket.close();
            resolve();
          }
        });
        socket.on("error", reject);
      });
    }),
  );
}

async function main(): Promise<void> {
  let base = values.url?.replace(/\/+$/, "");
  if (!base) {
    const config = loadConfig({ LOG_LEVEL: DEMO_LOG_LEVEL, ...process.env });
    const app = await buildApp(config);
    await app.listen({ port: config.port, host: config.host });
    base = config.publicUrl ?? `http://localhost:${config.port}`;
  }
  let created: CreateEventResponse;
  try {
    created = await api(base, "POST", "/api/events", {
      title: "Erfolg durch kurze Wege",
      code: "kurze-wege",
      locale: "de",
    });
  } catch {
    // The demo ran before on this database: a fresh generated code keeps the old one intact.
    created = await api(base, "POST", "/api/events", { ...SEED_EVENT, code: undefined });
  }
  const { event, moderatorKey } = created;
  const choice = (
    await api<{ poll: Poll }>(base, "POST", `/api/events/${event.code}/polls`, SEED_CHOICE_POLL, moderatorKey)
  ).poll;
  const rating = (
    await api<{ poll: Poll }>(base, "POST", `/api/events/${event.code}/polls`, SEED_RATING_POLL, moderatorKey)
  ).poll;

  console.log(`\nHandzeichen demo: "${event.title}" (code ${event.code})\n`);
  console.log(`  voters      ${base}/e/${event.code}`);
  console.log(`  moderator   ${base}/moderate/${event.code}#key=${moderatorKey}`);
  console.log(`  projector   ${base}/present/${event.code}`);
  console.log(`  overlay     ${base}/overlay/${event.code}\n`);

  if (audience > 0) {
    for (const poll of [choice, rating]) {
      await api(base, "POST", `/api/events/${event.code}/polls/${poll.id}/open`, undefined, moderatorKey);
      await simulateAudience(base, event.code, poll, audience);
      const path = `/api/events/${event.code}/polls/${poll.id}/results`;
      const { results } = await api<{ results: Results }>(base, "GET", path);
      console.log(`  ${results.respondents} voters answered "${poll.question}"`);
      if (results.type === "rating")
        console.log(`    average ${formatDecimal(results.average, "de")} / ${results.distribution.length}`);
      else if (results.type === "choice") {
        results.options.forEach((option, index) => {
          const label = poll.type === "choice" ? poll.options[index]?.label : "";
          console.log(`    ${formatPercent(option.percent, "de").padStart(5)}  ${label}`);
        });
      }
    }
    console.log("");
  }
  if (!values.url) console.log("Serving; press Ctrl-C to stop.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
