// The messages between nodes: split to NOTIFY's limit in order, numbered without gaps, checked on
// arrival; and the outbox that sums vote deltas and sends a moderator's change after what came before.
import { describe, expect, it } from "vitest";
import { MAX_PAYLOAD_BYTES, noChanges, parsePayload, toPayloads } from "../../server/cluster/messages.js";
import { createOutbox } from "../../server/cluster/outbox.js";

describe("cluster messages", () => {
  it("splits many answers into payloads under the limit, numbered on, every entry once and in order", () => {
    const changes = noChanges();
    // Arabic and emoji: the limit counts bytes, not characters.
    for (let i = 0; i < 400; i++) changes.answers.push([7, null, [`جواب ${i} 🙂`.repeat(4), `Antwort ${i}`]]);
    changes.votes.push([7, 3, 12]);
    const payloads = toPayloads("node-a", 41, changes);
    expect(payloads.length).toBeGreaterThan(3);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    const messages = payloads.map((payload) => parsePayload(payload));
    expect(messages.map((message) => message?.seq)).toEqual(payloads.map((_, i) => 41 + i));
    expect(messages.flatMap((message) => message?.answers ?? [])).toEqual(changes.answers);
    expect(messages.flatMap((message) => message?.votes ?? [])).toEqual([[7, 3, 12]]);
  });

  it("takes nothing that is not a message of ours", () => {
    expect(parsePayload("not json")).toBeNull();
    expect(parsePayload(JSON.stringify({ node: "x", seq: 1, votes: [["7", 1, 1]] }))).toBeNull();
    expect(parsePayload(JSON.stringify({ seq: 1 }))).toBeNull();
    expect(parsePayload(JSON.stringify({ node: "x", seq: 2, beat: true }))).toMatchObject({ seq: 2, beat: true });
  });
});

describe("the outbox", () => {
  it("sums a burst's vote deltas per poll and value, and sends a moderator's change after them, at once", async () => {
    const sent: string[][] = [];
    const outbox = createOutbox(
      "node-a",
      async (payloads) => void sent.push(payloads),
      () => {},
    );
    outbox.voted(1, null, 4);
    outbox.voted(1, null, 4);
    outbox.voted(1, 4, 2);
    outbox.eventChanged("kurze-wege");
    await outbox.flush();
    const messages = sent.flat().map((payload) => parsePayload(payload));
    expect(messages.map((message) => message?.seq)).toEqual([1, 2]);
    expect(messages[0]?.votes).toEqual([
      [1, 4, 1],
      [1, 2, 1],
    ]);
    expect(messages[0]?.events).toEqual([]);
    expect(messages[1]?.events).toEqual(["kurze-wege"]);
  });

  it("holds deltas back for a batch, and its heartbeat carries the last number sent", async () => {
    const sent: string[] = [];
    const outbox = createOutbox(
      "node-a",
      async (payloads) => void sent.push(...payloads),
      () => {},
    );
    outbox.upvoted(9, 1);
    expect(sent).toEqual([]);
    await outbox.beat();
    expect(sent.map((payload) => parsePayload(payload))).toMatchObject([
      { seq: 1, upvotes: [[9, 1]] },
      { seq: 1, beat: true },
    ]);
  });
});
