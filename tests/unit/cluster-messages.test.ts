// The messages between nodes: split to NOTIFY's limit in order, numbered without gaps, checked on
// arrival; and the outbox that sums vote deltas and sends a moderator's change after what came before.
import { describe, expect, it } from "vitest";
import { MAX_PAYLOAD_BYTES, noChanges, parsePayload, toPayloads } from "../../server/cluster/messages.js";
import { createOutbox } from "../../server/cluster/outbox.js";
import { createAddressConnections } from "../../server/security/address-connections.js";

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

describe("what the nodes share at the edge", () => {
  it("sums a batch's uses of a limit per address, and sends only an address's last connection count", async () => {
    const sent: string[] = [];
    const outbox = createOutbox(
      "node-a",
      async (payloads) => void sent.push(...payloads),
      () => {},
    );
    for (let i = 0; i < 40; i++) outbox.limitUsed("addressRequest", "203.0.113.7");
    outbox.limitUsed("addressRequest", "2001:db8:1:2::/64");
    outbox.limitUsed("moderatorKey", "kurze-wege 203.0.113.7");
    for (const count of [1, 2, 3, 2]) outbox.connections("203.0.113.7", count);
    outbox.connections("198.51.100.4", 0);
    await outbox.beat("ask");
    expect(sent.map((payload) => parsePayload(payload))).toMatchObject([
      {
        seq: 1,
        ask: false,
        limits: [
          ["addressRequest", "203.0.113.7", 40],
          ["addressRequest", "2001:db8:1:2::/64", 1],
          ["moderatorKey", "kurze-wege 203.0.113.7", 1],
        ],
        connections: [
          ["203.0.113.7", 2],
          ["198.51.100.4", 0],
        ],
      },
      { seq: 1, beat: true, ask: true },
    ]);
  });

  it("counts an address's connections on every node, and forgets a node's when it is gone", () => {
    const connections = createAddressConnections();
    const told: [string, number][] = [];
    connections.onChange = (key, count) => void told.push([key, count]);
    connections.opened("203.0.113.7");
    connections.opened("203.0.113.7");
    connections.setOther("node-b", "203.0.113.7", 5);
    connections.setOther("node-c", "203.0.113.7", 1);
    expect(connections.count("203.0.113.7")).toBe(8);
    connections.setOther("node-b", "203.0.113.7", 3);
    connections.closed("203.0.113.7");
    expect(connections.count("203.0.113.7")).toBe(5);
    connections.forgetNode("node-b");
    expect(connections.count("203.0.113.7")).toBe(2);
    connections.setOther("node-c", "203.0.113.7", 0);
    connections.closed("203.0.113.7");
    expect(connections.count("203.0.113.7")).toBe(0);
    expect([...connections.own()]).toEqual([]);
    expect(told).toEqual([
      ["203.0.113.7", 1],
      ["203.0.113.7", 2],
      ["203.0.113.7", 1],
      ["203.0.113.7", 0],
    ]);
  });
});
