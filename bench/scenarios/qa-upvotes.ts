// Audience Q&A under load: 2,000 phones upvote among 500 questions at 2,000 upvotes/s, through
// the same group commit as votes. Measured: upvote → ack latency, and upvote → projector lag
// (the time until the projector's coalesced `upvotes` frame shows the new count). Every upvote
// is a new one (a phone never upvotes the same question twice), so counts only grow and each
// acked upvote's count can be matched exactly against the counts the projector shows.

import type WebSocket from "ws";
import type { ServerMessage } from "../../shared/messages.js";
import type { Question } from "../../shared/question.js";
import { connectLive } from "../live-phone.js";
import { VOTER_SOURCE_ADDRESSES } from "../loopback.js";
import { check, figure, type ScenarioResult } from "../report.js";
import { call, createEvent } from "../rest.js";
import { Samples } from "../samples.js";
import { scratchDirectory, startServer } from "../server-process.js";
import { type ScenarioContext, scaled, serverOptions } from "./context.js";

export const QA_UPVOTES = { voters: 2_000, questions: 500, rate: 2_000, durationMs: 30_000, warmUpMs: 1_000 };

const CONNECT_CONCURRENCY = 100;
const TICK_MS = 2;
/** After the last send, acks and the projector's last frame get this long to arrive. */
const SETTLE_MS = 2_000;

type Phone = { socket: WebSocket; upvoted: Set<number> };

/** An acked upvote not yet shown on the projector: its question, the count it made, when it was sent. */
type Unseen = { count: number; sentAt: number };

export async function runQaUpvotes(context: ScenarioContext, params = QA_UPVOTES): Promise<ScenarioResult> {
  const scratch = scratchDirectory("qa-upvotes");
  const server = await startServer({ ...serverOptions(context), databasePath: `${scratch.dir}/qa.db`, label: "qa" });
  try {
    const event = await createEvent(server.baseUrl, "Fragen aus dem Publikum");
    await call<unknown>(
      server.baseUrl,
      "PATCH",
      `/api/events/${event.code}`,
      { qa: { enabled: true } },
      event.moderatorKey,
    );
    const questionIds: number[] = [];
    for (let index = 0; index < params.questions; index++) {
      const asked = await call<{ question: Question }>(server.baseUrl, "POST", `/api/events/${event.code}/questions`, {
        text: `Frage ${index + 1}: Wie geht es weiter?`,
      });
      questionIds.push(asked.question.id);
    }

    // The projector: the counts it shows, and when each count was first shown, per question.
    const shown = new Map<number, { count: number; at: number }[]>();
    const unseen = new Map<number, Unseen[]>();
    const lag = new Samples();
    let projectorFrames = 0;
    const showFrame = (frame: ServerMessage) => {
      if (frame.type !== "upvotes") return;
      const at = performance.now();
      projectorFrames++;
      for (const [id, count] of Object.entries(frame.upvotes)) {
        const questionId = Number(id);
        const history = shown.get(questionId) ?? [];
        history.push({ count, at });
        shown.set(questionId, history);
        const waiting = unseen.get(questionId) ?? [];
        unseen.set(
          questionId,
          waiting.filter((entry) => {
            if (entry.count > count) return true;
            lag.add(at - entry.sentAt);
            return false;
          }),
        );
      }
    };
    const wsUrl = `${server.wsUrl}/api/events/${event.code}/live`;
    const projector = await connectLive(`${wsUrl}?role=screen`, "127.0.0.1", showFrame);

    // The phones, each from one of the loopback source addresses, like phones in a room.
    const sentAt = new Float64Array(Math.ceil((params.rate * params.durationMs) / 1000) + 1);
    const ack = new Samples();
    let acked = 0;
    let refused = 0;
    const onAnswer = (frame: ServerMessage) => {
      if (frame.type === "error" && typeof frame.requestId === "number") refused++;
      if (frame.type !== "ack" || !("question" in frame) || typeof frame.requestId !== "number") return;
      const now = performance.now();
      const sent = sentAt[frame.requestId] ?? now;
      ack.add(now - sent);
      acked++;
      const { id, upvotes } = frame.question;
      // Already shown (the projector's frame overtook this ack): the lag is from that frame.
      const first = shown.get(id)?.find((entry) => entry.count >= upvotes);
      if (first) lag.add(first.at - sent);
      else unseen.set(id, [...(unseen.get(id) ?? []), { count: upvotes, sentAt: sent }]);
    };
    context.log(`qa-upvotes: connecting ${params.voters} phones`);
    const phones: Phone[] = new Array(params.voters);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECT_CONCURRENCY }, async () => {
        for (let index = next++; index < params.voters; index = next++) {
          const address = VOTER_SOURCE_ADDRESSES[index % VOTER_SOURCE_ADDRESSES.length] as string;
          phones[index] = { socket: await connectLive(wsUrl, address, onAnswer), upvoted: new Set() };
        }
      }),
    );
    await new Promise((settle) => setTimeout(settle, params.warmUpMs));

    context.log(`qa-upvotes: ${params.rate} upvotes/s for ${params.durationMs} ms among ${params.questions} questions`);
    let random = 7;
    const nextRandom = () => {
      random = (random * 1_103_515_245 + 12_345) % 2 ** 31;
      return random / 2 ** 31;
    };
    const startedAt = performance.now();
    let sent = 0;
    for (;;) {
      const elapsed = performance.now() - startedAt;
      const due = Math.floor((params.rate * Math.min(elapsed, params.durationMs)) / 1000);
      while (sent < due) {
        const phone = phones[sent % params.voters] as Phone;
        let questionId = questionIds[Math.floor(nextRandom() * questionIds.length)] as number;
        // A new upvote each time: the next question this phone has not upvoted.
        for (let step = 0; phone.upvoted.has(questionId); step++) {
          questionId = questionIds[(questionIds.indexOf(questionId) + 1) % questionIds.length] as number;
          if (step > questionIds.length) break;
        }
        phone.upvoted.add(questionId);
        sentAt[sent] = performance.now();
        phone.socket.send(`{"type":"upvote","requestId":${sent},"questionId":${questionId},"up":true}`);
        sent++;
      }
      if (elapsed >= params.durationMs) break;
      await new Promise((wake) => setTimeout(wake, TICK_MS));
    }
    const endedAt = performance.now();
    await new Promise((settle) => setTimeout(settle, SETTLE_MS));

    const listed = await fetch(`${server.baseUrl}/api/events/${event.code}/questions`).then((r) => r.json());
    const counted = (listed.questions as Question[]).reduce((sum, question) => sum + question.upvotes, 0);
    let neverShown = 0;
    for (const waiting of unseen.values()) neverShown += waiting.length;
    const ackSummary = ack.summary();
    const lagSummary = lag.summary();
    for (const phone of phones) phone.socket.close();
    projector.close();
    return {
      scenario: "qa-upvotes",
      title: `${params.voters.toLocaleString("en-US")} phones upvoting at ${params.rate.toLocaleString("en-US")}/s among ${params.questions} questions`,
      ok: counted === acked && neverShown === 0,
      figures: [
        figure("phones connected", phones.length, ""),
        figure("upvotes sent", sent, ""),
        figure("upvotes acked", acked, ""),
        figure("upvotes refused", refused, ""),
        figure("upvote → ack p50", ackSummary.p50, "ms"),
        figure("upvote → ack p99", ackSummary.p99, "ms", { op: "<=", value: 60 }),
        figure("upvote → ack max", ackSummary.max, "ms"),
        figure("upvote → projector p50", lagSummary.p50, "ms"),
        figure("upvote → projector p99", lagSummary.p99, "ms", { op: "<=", value: 200 }),
        figure("projector upvotes frames/s", projectorFrames / ((endedAt - startedAt) / 1000), ""),
      ],
      checks: [
        check("the server counts exactly the acked upvotes", counted === acked, `${counted} counted, ${acked} acked`),
        check("the projector showed every acked upvote", neverShown === 0, `${neverShown} never shown`),
      ],
      notes: [],
    };
  } finally {
    await server.stop();
    scratch.remove();
  }
}

export const qaUpvotesScenario = {
  name: "qa-upvotes",
  title: "2,000 phones upvoting at 2,000/s among 500 questions for 30 s",
  run: (context: ScenarioContext, scale: number) =>
    runQaUpvotes(context, {
      ...QA_UPVOTES,
      voters: scaled(QA_UPVOTES.voters, scale, 10),
      // One upvote per phone and second, as at full size: under the per-participant limit.
      rate: scaled(QA_UPVOTES.rate, scale, 10),
      questions: scaled(QA_UPVOTES.questions, scale, 5),
      durationMs: scaled(QA_UPVOTES.durationMs, scale, 1000),
    }),
};
