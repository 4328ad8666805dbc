// The messages nodes send each other over PostgreSQL NOTIFY (docs/scaling.md): what changed on
// one node since its last message, numbered per node so a receiver notices one it missed.
// Pure: building, splitting to NOTIFY's size limit, and checking what arrives.
import { z } from "zod";
import { SHARED_LIMITS } from "./replication.js";

/** NOTIFY takes payloads under 8000 bytes; the rest is room for the envelope. */
export const MAX_PAYLOAD_BYTES = 7000;

/** One node's changes: each list in the order they were committed. */
export type Changes = {
  /** Vote deltas: [poll id, ballot value, how many more (or fewer) ballots of that value]. */
  votes: [number, number, number][];
  /** Text answers: [poll id, previous answers or null, answers]. */
  answers: [number, string[] | null, string[]][];
  /** Upvote deltas: [question id, change]. */
  upvotes: [number, number][];
  /** Questions asked or moderated: re-read them. */
  questions: number[];
  /** Questions deleted: [event code, question id]. */
  deletedQuestions: [string, number][];
  /** Events whose stored state changed (event, polls, screen, word marks): re-read them. */
  events: string[];
  deletedEvents: string[];
  /** Polls whose votes were deleted: [event code, poll id]. */
  resets: [string, number][];
  /** Shared limits used: [limit, key, how many times]. */
  limits: [(typeof SHARED_LIMITS)[number], string, number][];
  /** The sender's live connections from an address now: [address key, count] (0: none left). */
  connections: [string, number][];
};

/**
 * `beat`: a heartbeat, sent every BEAT_MS, carrying the sender's last sequence number instead of
 * changes: a receiver that has not seen that number missed a message; one that hears nothing from
 * a node for NODE_LOST_MS takes it for dead (it may have died with acked changes unsent).
 * `ask`: a heartbeat that also asks every node for all its connection counts (sent by a node
 * that joined, or that may have missed some). `bye`: the last heartbeat of a node that stops
 * cleanly, after everything it committed: the others forget it without re-reading anything.
 */
export type ClusterMessage = Changes & { node: string; seq: number; beat: boolean; ask: boolean; bye: boolean };

export const BEAT_MS = 1000;
export const NODE_LOST_MS = 3500;

export const heartbeat = (node: string, seq: number, flag?: "ask" | "bye"): string =>
  JSON.stringify(flag ? { node, seq, beat: true, [flag]: true } : { node, seq, beat: true });

const id = z.number().int().nonnegative();
const code = z.string().max(200);

export const ClusterMessage = z.object({
  node: z.string().min(1).max(64),
  seq: z.number().int().nonnegative(),
  beat: z.boolean().default(false),
  ask: z.boolean().default(false),
  bye: z.boolean().default(false),
  votes: z.array(z.tuple([id, z.number().int(), z.number().int()])).default([]),
  answers: z.array(z.tuple([id, z.array(z.string()).nullable(), z.array(z.string())])).default([]),
  upvotes: z.array(z.tuple([id, z.number().int()])).default([]),
  questions: z.array(id).default([]),
  deletedQuestions: z.array(z.tuple([code, id])).default([]),
  events: z.array(code).default([]),
  deletedEvents: z.array(code).default([]),
  resets: z.array(z.tuple([code, id])).default([]),
  limits: z.array(z.tuple([z.enum(SHARED_LIMITS), z.string().max(400), z.number().int().positive()])).default([]),
  connections: z.array(z.tuple([z.string().max(400), z.number().int().nonnegative()])).default([]),
});

export const noChanges = (): Changes => ({
  votes: [],
  answers: [],
  upvotes: [],
  questions: [],
  deletedQuestions: [],
  events: [],
  deletedEvents: [],
  resets: [],
  limits: [],
  connections: [],
});

export const isEmpty = (changes: Changes): boolean => Object.values(changes).every((list) => list.length === 0);

const LISTS = Object.keys(noChanges()) as (keyof Changes)[];

/**
 * The changes as NOTIFY payloads of at most MAX_PAYLOAD_BYTES each, numbered from `firstSeq`.
 * Entries keep their order within each list; the lists of one payload are applied in a fixed
 * order (messages.ts's receiver), so changes whose order matters go out in a message of their own.
 */
export function toPayloads(node: string, firstSeq: number, changes: Changes): string[] {
  const payloads: string[] = [];
  let current = noChanges();
  let size = 0;
  const envelope = JSON.stringify({ node, seq: Number.MAX_SAFE_INTEGER }).length + LISTS.length * 12;
  const flush = () => {
    if (isEmpty(current)) return;
    payloads.push(
      JSON.stringify(
        withoutEmptyLists({ node, seq: firstSeq + payloads.length, beat: false, ask: false, bye: false, ...current }),
      ),
    );
    current = noChanges();
    size = 0;
  };
  for (const list of LISTS) {
    for (const entry of changes[list]) {
      const bytes = Buffer.byteLength(JSON.stringify(entry)) + 1;
      if (envelope + bytes > MAX_PAYLOAD_BYTES) continue; // cannot happen with the API's limits; never sent
      if (envelope + size + bytes > MAX_PAYLOAD_BYTES) flush();
      (current[list] as unknown[]).push(entry);
      size += bytes;
    }
  }
  flush();
  return payloads;
}

/** Empty lists and false flags are left out: the receiver's defaults. */
function withoutEmptyLists(message: ClusterMessage): Partial<ClusterMessage> {
  return Object.fromEntries(
    Object.entries(message).filter(([, value]) => value !== false && (!Array.isArray(value) || value.length > 0)),
  ) as Partial<ClusterMessage>;
}

/** A payload as received; null when it is not one of ours (or broken). */
export function parsePayload(payload: string): ClusterMessage | null {
  try {
    const parsed = ClusterMessage.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
