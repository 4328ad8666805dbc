// `npx tsx scripts/cluster-check.ts http://localhost:8080 [--voters 60] [--nodes URL,URL,…]
// [--admin-token TOKEN] [--metrics-token TOKEN]`: checks a deployment from the outside, through
// its load balancer (docs/scaling.md, "Check a deployment"). Phones' live sockets go through the
// balancer, which spreads them over the nodes (with --nodes: how many each node took, from its
// /metrics); each phone votes once; then every phone, a projector and each node asked directly
// (--nodes) must show the same, exact results. The event it creates for this is deleted at the
// end. Exit code 0 when everything agreed.
import { parseArgs } from "node:util";
import WebSocket from "ws";
import type { CreateEventResponse } from "../shared/event.js";
import type { ServerMessage } from "../shared/messages.js";
import type { Poll } from "../shared/poll.js";
import type { Results } from "../shared/results.js";

const OPTIONS = ["Ja", "Nein", "Weiß nicht"];
/** How long every screen may take to show the final figures after the last ack (cross-node lag and the 0.5 s re-read). */
const SETTLE_DEADLINE_MS = 5_000;
const CONNECT_DEADLINE_MS = 10_000;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    voters: { type: "string", default: "60" },
    nodes: { type: "string", default: "" },
    "admin-token": { type: "string" },
    "metrics-token": { type: "string" },
  },
});
const base = positionals[0]?.replace(/\/+$/, "");
const voterCount = Number(values.voters);
if (!base || !/^https?:\/\//.test(base) || !Number.isInteger(voterCount) || voterCount < 1 || voterCount > 500) {
  console.error(
    "usage: cluster-check.ts http(s)://load-balancer [--voters 1..500] [--nodes URL,URL] [--admin-token T] [--metrics-token T]",
  );
  process.exit(2);
}
const nodes = values.nodes
  .split(",")
  .map((url) => url.trim().replace(/\/+$/, ""))
  .filter(Boolean);

async function api<T>(origin: string, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(origin + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const reply = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(`${method} ${origin}${path}: ${response.status} ${reply.error?.message ?? ""}`);
  return reply;
}

/** A node's live connections (its /metrics), or undefined when they cannot be read. */
async function liveConnections(node: string): Promise<number | undefined> {
  const token = values["metrics-token"];
  try {
    const response = await fetch(`${node}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const found = /^handzeichen_websocket_connections (\d+)$/m.exec(await response.text());
    return response.ok && found ? Number(found[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How many of this check's sockets each node took: its live connections now less before. A
 * balancer that sends them all to one node passes the check without testing the nodes' channel,
 * so say so (other traffic on the nodes blurs the figures; hence a note, not a failure).
 */
async function reportSpread(before: (number | undefined)[], sockets: number): Promise<void> {
  const after = await Promise.all(nodes.map(liveConnections));
  const taken = nodes.map((_, k) => {
    const [was, now] = [before[k], after[k]];
    return was === undefined || now === undefined ? undefined : now - was;
  });
  nodes.forEach((node, k) => {
    const count = taken[k];
    console.log(
      count === undefined
        ? `   ${node}: its /metrics cannot be read (--metrics-token?)`
        : `   ${node} took ${count} of the ${sockets} sockets`,
    );
  });
  if (taken.some((count) => count !== undefined && count <= 0)) {
    console.log("note: a node took none of the sockets: the balancer did not spread them over the nodes");
  }
}

/** A live socket that keeps the newest results of each poll it was sent. */
type Phone = { socket: WebSocket; latest: Map<number, Results>; acked: Promise<void> };

function connect(url: string, greet: boolean): Promise<Phone> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false, handshakeTimeout: CONNECT_DEADLINE_MS });
    const latest = new Map<number, Results>();
    let ackedNow: () => void = () => {};
    let refused: (error: Error) => void = () => {};
    const acked = new Promise<void>((done, fail) => {
      ackedNow = done;
      refused = fail;
    });
    // Before the snapshot a failure fails the connect; after it, the vote (a settled promise ignores the other).
    const failed = (error: Error) => {
      reject(error);
      refused(error);
    };
    acked.catch(() => {});
    socket.on("unexpected-response", (_request, response) =>
      failed(new Error(`${url}: the upgrade was answered ${response.statusCode}`)),
    );
    socket.on("error", failed);
    socket.on("close", (code) => failed(new Error(`${url}: closed (${code}) before the vote was acknowledged`)));
    socket.on("message", (data) => {
      const frame = JSON.parse(String(data)) as ServerMessage;
      if (frame.type === "snapshot") {
        for (const [id, results] of Object.entries(frame.results)) latest.set(Number(id), results);
        resolve({ socket, latest, acked });
      } else if (frame.type === "results") latest.set(frame.pollId, frame.results);
      else if (frame.type === "ack") ackedNow();
      else if (frame.type === "error") failed(new Error(`${url}: ${frame.code} ${frame.message}`));
    });
    if (greet) socket.on("open", () => socket.send('{"type":"hello"}'));
  });
}

/** The counts by option id, in a form two results can be compared by. */
const countsOf = (results: Results | undefined): string =>
  results?.type === "choice"
    ? `${results.respondents} voters: ${results.options.map((option) => `${option.id}=${option.count}`).join(" ")}`
    : "no results";

async function main(origin: string): Promise<boolean> {
  const token = values["admin-token"];
  const code = `cluster-check-${Math.random().toString(36).slice(2, 8)}`;
  const { moderatorKey } = await api<CreateEventResponse>(
    origin,
    "POST",
    "/api/events",
    { title: "Cluster check", code },
    token,
  );
  const events = `/api/events/${code}`;
  try {
    const { poll } = await api<{ poll: Poll }>(
      origin,
      "POST",
      `${events}/polls`,
      { question: "Läuft es?", options: OPTIONS },
      moderatorKey,
    );
    if (poll.type !== "choice") throw new Error("the poll was not created as a choice poll");
    await api(origin, "POST", `${events}/polls/${poll.id}/open`, undefined, moderatorKey);

    const live = `${origin.replace(/^http/, "ws")}${events}/live`;
    const before = await Promise.all(nodes.map(liveConnections));
    const projector = await connect(`${live}?role=screen`, false);
    const phones = await Promise.all(Array.from({ length: voterCount }, () => connect(live, true)));
    console.log(`${phones.length} phones and a projector connected through ${origin}`);
    if (nodes.length > 0) await reportSpread(before, phones.length + 1);

    const voteStart = performance.now();
    phones.forEach((phone, i) => {
      const option = poll.options[i % poll.options.length];
      phone.socket.send(JSON.stringify({ type: "vote", requestId: `v${i}`, pollId: poll.id, optionIds: [option?.id] }));
    });
    await Promise.all(phones.map((phone) => phone.acked));
    const lastAck = performance.now();
    console.log(`all ${phones.length} votes acknowledged in ${Math.round(lastAck - voteStart)} ms`);

    const expected = countsOf({
      pollId: poll.id,
      type: "choice",
      respondents: voterCount,
      options: poll.options.map((option, k) => ({
        id: option.id,
        count: Math.floor(voterCount / poll.options.length) + (k < voterCount % poll.options.length ? 1 : 0),
        percent: 0,
      })),
    });
    const screens = [projector, ...phones];
    const behind = () => screens.filter((screen) => countsOf(screen.latest.get(poll.id)) !== expected);
    while (behind().length > 0 && performance.now() - lastAck < SETTLE_DEADLINE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const late = behind();
    for (const screen of screens) screen.socket.close();
    if (late.length > 0) {
      console.log(
        `FAILED: ${late.length} of ${screens.length} sockets did not show ${expected} within ${SETTLE_DEADLINE_MS} ms`,
      );
      for (const screen of late.slice(0, 5)) console.log(`  one showed ${countsOf(screen.latest.get(poll.id))}`);
      return false;
    }
    console.log(`every socket showed ${expected} ${Math.round(performance.now() - lastAck)} ms after the last ack`);

    let agreed = true;
    for (const node of nodes) {
      const { results } = await api<{ results: Results }>(node, "GET", `${events}/polls/${poll.id}/results`);
      const same = countsOf(results) === expected;
      agreed &&= same;
      console.log(`${same ? "ok" : "FAILED"}: ${node} answers ${countsOf(results)}`);
    }
    return agreed;
  } finally {
    await api(origin, "DELETE", events, undefined, moderatorKey).catch((error: unknown) =>
      console.log(`could not delete the event ${code}: ${error instanceof Error ? error.message : error}`),
    );
  }
}

main(base).then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
