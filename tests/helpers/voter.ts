// A lightweight voter for tests with hundreds of phones: one real WebSocket each, saying hello
// first (with its token, as the voter page does), votes answered by requestId, upgrades
// refused with 429 retried with jittered backoff (as the voter page does), and every ack or
// error frame logged so duplicates can be counted.
import WebSocket from "ws";
import type { ErrorMessage, HelloMessage, ServerMessage, SnapshotMessage } from "../../shared/messages.js";
import type { Ballot, Vote } from "../../shared/vote.js";

/** How long a voter keeps retrying an upgrade refused with 429 before giving up. */
const CONNECT_DEADLINE_MS = 30_000;
const FIRST_RETRY_MS = 50;
const MAX_RETRY_MS = 1_000;

export type VoteAnswer =
  | { kind: "ack"; vote: Vote }
  | { kind: "error"; code: ErrorMessage["code"]; message: string }
  /** The connection ended before the vote was answered. */
  | { kind: "lost" };

export type Voter = {
  socket: WebSocket;
  token: string;
  snapshot: SnapshotMessage;
  /** Every ack and error frame that named a requestId, in arrival order, duplicates included. */
  answers: { requestId: string | number; type: "ack" | "error" }[];
  /** Error frames without a requestId (they answer no particular vote). */
  unaddressedErrors: ErrorMessage[];
  /** Every results frame, in arrival order. */
  results: Extract<ServerMessage, { type: "results" }>[];
  /** Sends a vote frame; resolves with its ack, its error or "lost" when the socket closes first. */
  vote(requestId: string, pollId: number, ballot: Ballot): Promise<VoteAnswer>;
  /** Resolves when the socket has closed, with the close code the client saw. */
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
};

export type VoterOptions = {
  /** A participant token from an earlier snapshot, sent in the `hello` frame. */
  token?: string;
  /** The event's access code, sent in the `hello` frame. */
  accessCode?: string;
  headers?: Record<string, string>;
};

export async function connectVoter(baseUrl: string, code: string, options: VoterOptions = {}): Promise<Voter> {
  const url = `${baseUrl.replace(/^http/, "ws")}/api/events/${code}/live`;
  const hello: HelloMessage = {
    type: "hello",
    ...(options.token ? { participantToken: options.token } : {}),
    ...(options.accessCode ? { accessCode: options.accessCode } : {}),
  };
  const deadline = Date.now() + CONNECT_DEADLINE_MS;
  for (let wait = FIRST_RETRY_MS; ; wait = Math.min(MAX_RETRY_MS, wait * 2)) {
    const attempt = await openVoter(url, hello, options.headers);
    if (attempt.ok) return attempt.voter;
    if (attempt.status !== 429 || Date.now() > deadline) {
      throw new Error(`could not connect a voter to ${url}: ${attempt.reason}`);
    }
    await new Promise((wake) => setTimeout(wake, wait / 2 + Math.random() * wait));
  }
}

type Attempt = { ok: true; voter: Voter } | { ok: false; status: number | null; reason: string };

function openVoter(url: string, hello: HelloMessage, headers: Record<string, string> | undefined): Promise<Attempt> {
  return new Promise((settle) => {
    const socket = new WebSocket(url, { headers, perMessageDeflate: false });
    socket.once("open", () => socket.send(JSON.stringify(hello)));
    const pending = new Map<string | number, (answer: VoteAnswer) => void>();
    const answers: Voter["answers"] = [];
    const unaddressedErrors: ErrorMessage[] = [];
    const results: Voter["results"] = [];
    let settled = false;
    let closeCode: { code: number; reason: string } | null = null;
    const closed = new Promise<{ code: number; reason: string }>((done) =>
      socket.once("close", (code, reason) => {
        closeCode = { code, reason: reason.toString() };
        for (const answer of pending.values()) answer({ kind: "lost" });
        pending.clear();
        done(closeCode);
        if (!settled) {
          settled = true;
          settle({ ok: false, status: null, reason: `closed ${code} before the snapshot` });
        }
      }),
    );
    socket.on("error", (error) => {
      if (!settled) {
        settled = true;
        settle({ ok: false, status: null, reason: error.message });
      }
    });
    socket.once("unexpected-response", (_request, response) => {
      settled = true;
      settle({ ok: false, status: response.statusCode ?? null, reason: `upgrade refused: ${response.statusCode}` });
      response.resume();
      socket.terminate();
    });
    socket.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as ServerMessage;
      switch (frame.type) {
        case "snapshot":
          if (!settled) {
            settled = true;
            settle({ ok: true, voter: makeVoter(frame) });
          }
          return;
        case "results":
          results.push(frame);
          return;
        case "ack":
        case "error": {
          const { requestId } = frame;
          if (requestId === undefined) {
            unaddressedErrors.push(frame as ErrorMessage);
            return;
          }
          answers.push({ requestId, type: frame.type });
          const answer = pending.get(requestId);
          pending.delete(requestId);
          if (frame.type === "error") answer?.({ kind: "error", code: frame.code, message: frame.message });
          else if ("vote" in frame) answer?.({ kind: "ack", vote: frame.vote });
          return;
        }
        default:
          return;
      }
    });

    function makeVoter(snapshot: SnapshotMessage): Voter {
      return {
        socket,
        token: snapshot.participantToken ?? "",
        snapshot,
        answers,
        unaddressedErrors,
        results,
        vote(requestId, pollId, ballot) {
          if (closeCode !== null || socket.readyState !== WebSocket.OPEN) return Promise.resolve({ kind: "lost" });
          return new Promise((answer) => {
            pending.set(requestId, answer);
            socket.send(JSON.stringify({ type: "vote", requestId, pollId, ...ballot }));
          });
        },
        closed,
        close: () => {
          if (closeCode === null) socket.close();
          return closed.then(() => {});
        },
      };
    }
  });
}
