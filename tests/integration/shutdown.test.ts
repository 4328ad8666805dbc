// Graceful shutdown of the real process: queued votes are committed and acknowledged,
// sockets close with 1001, the process exits 0, and clients come back on their own.
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { reconnectDelay } from "../../client/common/backoff.js";
import type { ServerMessage } from "../../shared/messages.js";
import { createEvent, createPoll, EVENT_RATING, pollAction, request } from "../helpers/api.js";
import { useChildServer } from "../helpers/child-server.js";
import { connectVoter, type VoteAnswer } from "../helpers/voter.js";

describe("SIGTERM", () => {
  const server = useChildServer({ env: { TRUST_PROXY: "1" }, eachTest: true });
  /** The clients a test leaves behind, stopped before its server is killed. */
  let stopClients = () => {};
  afterEach(() => {
    stopClients();
    stopClients = () => {};
  });

  it("acknowledges every vote it received, closes sockets with 1001 and exits 0", async () => {
    const event = await createEvent(server.url);
    const poll = await createPoll(server.url, event, EVENT_RATING);
    await pollAction(server.url, event, poll.id, "open");
    const voters = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        connectVoter(server.url, event.code, { headers: { "x-forwarded-for": `10.1.${i >> 8}.${i & 255}` } }),
      ),
    );
    const answers: Promise<VoteAnswer>[] = voters.map((voter, i) =>
      voter.vote(`v${i}`, poll.id, { rating: 1 + (i % 5) }),
    );
    // The signal races the votes still on the wire: whatever the server read, it must answer.
    server.process.kill("SIGTERM");
    const exit = await server.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    const settled = await Promise.all(answers);
    const closes = await Promise.all(voters.map((voter) => voter.closed));
    expect(new Set(closes.map((close) => close.code))).toEqual(new Set([1001]));
    const acked = settled.filter((answer) => answer.kind === "ack").length;
    expect(settled.filter((answer) => answer.kind === "error")).toEqual([]);

    // Every acknowledged vote is on disk: a new process counts exactly those.
    await server.restart();
    const results = await request(server.url, "GET", `/api/events/${event.code}/polls/${poll.id}/results`);
    expect(results.body.results.respondents).toBe(acked);
    expect(acked).toBeGreaterThan(0);
  });

  it("lets 2,000 connected clients reconnect with jittered backoff and resync from a fresh snapshot", async () => {
    const event = await createEvent(server.url);
    const poll = await createPoll(server.url, event, EVENT_RATING);
    await pollAction(server.url, event, poll.id, "open");
    const liveUrl = `${server.url.replace("http", "ws")}/api/events/${event.code}/live?role=screen`;
    const CLIENTS = 2000;
    const resynced = new Set<number>();
    const sockets = new Set<WebSocket>();
    let stopping = false;
    let allFirstSnapshots: () => void = () => {};
    const firstSnapshots = new Promise<void>((resolve) => {
      allFirstSnapshots = resolve;
    });
    let firstCount = 0;
    let afterRestart = false;
    let allResynced: () => void = () => {};
    const resyncedAll = new Promise<void>((resolve) => {
      allResynced = resolve;
    });

    // Each client behaves like the pages' live connection: on close, retry after
    // reconnectDelay(attempt) until a snapshot arrives, then count as resynced.
    const connect = (id: number, attempt: number) => {
      if (stopping) return;
      const socket = new WebSocket(liveUrl, { perMessageDeflate: false });
      sockets.add(socket);
      socket.on("message", (data) => {
        const frame = JSON.parse(String(data)) as ServerMessage;
        if (frame.type !== "snapshot") return;
        attempt = 0;
        if (!afterRestart && ++firstCount === CLIENTS) allFirstSnapshots();
        if (afterRestart) {
          resynced.add(id);
          if (resynced.size === CLIENTS) allResynced();
        }
      });
      socket.on("error", () => {});
      socket.on("close", () => {
        sockets.delete(socket);
        if (!stopping) setTimeout(() => connect(id, attempt + 1), reconnectDelay(attempt));
      });
    };
    stopClients = () => {
      stopping = true;
      for (const socket of sockets) socket.terminate();
    };
    for (let id = 0; id < CLIENTS; id++) connect(id, 0);
    await firstSnapshots;

    afterRestart = true;
    server.process.kill("SIGTERM");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    await server.restart({ samePort: true });
    await resyncedAll;
    expect(resynced.size).toBe(CLIENTS);
  }, 90_000);
});
