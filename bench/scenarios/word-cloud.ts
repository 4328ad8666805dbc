// Open-text polls under load: 10,000 phones each send three answers (from 20,000 distinct words,
// a few of them common, as in a room), through the same group commit as votes. Measured: vote →
// ack latency and vote → projector lag (the time until the projector's results frame counts the
// vote: each vote is a new respondent, so a frame with at least as many respondents as acks at
// that moment has it, to within the acks still on their way). Checked at the end: the server's
// respondents and its largest groups are exactly a recount of what was acked.

import { monitorEventLoopDelay } from "node:perf_hooks";
import type WebSocket from "ws";
import type { ServerMessage } from "../../shared/messages.js";
import type { TextResults } from "../../shared/results.js";
import { connectLive, phoneFrames } from "../live-phone.js";
import { VOTER_SOURCE_ADDRESSES } from "../loopback.js";
import { check, figure, type ScenarioResult } from "../report.js";
import { call, createEvent } from "../rest.js";
import { Samples } from "../samples.js";
import { scratchDirectory, startServer } from "../server-process.js";
import { type ScenarioContext, scaled, serverOptions } from "./context.js";

export const WORD_CLOUD = { voters: 10_000, answersPerVote: 3, distinctWords: 20_000, rate: 2_000, warmUpMs: 1_000 };

const CONNECT_CONCURRENCY = 100;
const TICK_MS = 2;
/** After the last send, acks and the projector's last frame get this long to arrive. */
const SETTLE_MS = 2_000;

/**
 * Phone `index`'s answers: one common word (a tenth of the vocabulary, skewed to its start, so
 * the cloud's largest words keep changing), and two that spread over all distinct words.
 */
function answersOf(index: number, distinctWords: number, perVote: number): string[] {
  const common = Math.floor(((index * 7919) % 1000) ** 2 / 1000) % Math.max(1, Math.floor(distinctWords / 10));
  const answers = [`Wort ${common}`];
  for (let n = 1; n < perVote; n++) answers.push(`Wort ${(index * perVote + n * 104_729) % distinctWords}`);
  return answers;
}

export async function runWordCloud(context: ScenarioContext, params = WORD_CLOUD): Promise<ScenarioResult> {
  const scratch = scratchDirectory("word-cloud");
  const server = await startServer({
    ...serverOptions(context),
    databasePath: `${scratch.dir}/words.db`,
    label: "words",
  });
  try {
    const event = await createEvent(server.baseUrl, "Wortwolke");
    const base = `/api/events/${event.code}/polls`;
    const { poll } = await call<{ poll: { id: number } }>(
      server.baseUrl,
      "POST",
      base,
      { type: "text", question: "Was nehmen Sie mit?", maxAnswers: params.answersPerVote },
      event.moderatorKey,
    );
    await call<unknown>(server.baseUrl, "POST", `${base}/${poll.id}/open`, undefined, event.moderatorKey);

    // The projector: after each results frame, every acked vote it now counts has its lag.
    const lag = new Samples();
    const waiting: { count: number; sentAt: number }[] = [];
    let projectorFrames = 0;
    let shownRespondents = 0;
    const showFrame = (frame: ServerMessage) => {
      if (frame.type !== "results" || frame.results.type !== "text") return;
      const at = performance.now();
      projectorFrames++;
      shownRespondents = Math.max(shownRespondents, frame.results.respondents);
      while (waiting.length > 0 && (waiting[0] as { count: number }).count <= shownRespondents) {
        lag.add(at - (waiting.shift() as { sentAt: number }).sentAt);
      }
    };
    const wsUrl = `${server.wsUrl}/api/events/${event.code}/live`;
    const projector = await connectLive(`${wsUrl}?role=screen`, "127.0.0.1", showFrame);

    const sentAt = new Float64Array(params.voters);
    const ack = new Samples();
    const counted = new Map<string, number>();
    let acked = 0;
    let refused = 0;
    const onAnswer = (frame: ServerMessage) => {
      if (frame.type === "error" && typeof frame.requestId === "number") refused++;
      if (frame.type !== "ack" || !("vote" in frame) || typeof frame.requestId !== "number") return;
      const now = performance.now();
      const sent = sentAt[frame.requestId] ?? now;
      ack.add(now - sent);
      acked++;
      if ("answers" in frame.vote) {
        for (const answer of new Set(frame.vote.answers.map((text) => text.toLowerCase()))) {
          counted.set(answer, (counted.get(answer) ?? 0) + 1);
        }
      }
      if (acked <= shownRespondents) lag.add(0);
      else waiting.push({ count: acked, sentAt: sent });
    };
    context.log(`word-cloud: connecting ${params.voters} phones`);
    const phones: WebSocket[] = new Array(params.voters);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECT_CONCURRENCY }, async () => {
        for (let index = next++; index < params.voters; index = next++) {
          const address = VOTER_SOURCE_ADDRESSES[index % VOTER_SOURCE_ADDRESSES.length] as string;
          phones[index] = await connectLive(wsUrl, address, onAnswer);
        }
      }),
    );
    await new Promise((settle) => setTimeout(settle, params.warmUpMs));

    context.log(`word-cloud: ${params.rate} votes/s of ${params.answersPerVote} answers each`);
    // The generator's own stalls are added to every lag it measures (an unparsed results frame
    // still costs it a socket read: 10,000 phones' first list is 58 MB).
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const resultsBefore = { ...phoneFrames };
    const startedAt = performance.now();
    let sent = 0;
    while (sent < params.voters) {
      const due = Math.min(params.voters, Math.floor((params.rate * (performance.now() - startedAt)) / 1000));
      for (; sent < due; sent++) {
        const answers = answersOf(sent, params.distinctWords, params.answersPerVote);
        sentAt[sent] = performance.now();
        (phones[sent] as WebSocket).send(JSON.stringify({ type: "vote", requestId: sent, pollId: poll.id, answers }));
      }
      await new Promise((wake) => setTimeout(wake, TICK_MS));
    }
    const endedAt = performance.now();
    await new Promise((settle) => setTimeout(settle, SETTLE_MS));
    loopDelay.disable();

    const { results } = await call<{ results: TextResults }>(server.baseUrl, "GET", `${base}/${poll.id}/results`);
    const wrongGroups = results.words.filter((word) => counted.get(word.key) !== word.count).length;
    const largestRecounted = Math.max(0, ...counted.values());
    const ackSummary = ack.summary();
    const lagSummary = lag.summary();
    for (const phone of phones) phone.close();
    projector.close();
    return {
      scenario: "word-cloud",
      title: `${params.voters.toLocaleString("en-US")} phones sending ${params.answersPerVote} answers each among ${params.distinctWords.toLocaleString("en-US")} words`,
      ok: results.respondents === acked && wrongGroups === 0 && waiting.length === 0,
      figures: [
        figure("phones connected", phones.length, ""),
        figure("votes sent", sent, ""),
        figure("votes acked", acked, ""),
        figure("votes refused", refused, ""),
        figure("distinct groups", counted.size, ""),
        figure("vote → ack p50", ackSummary.p50, "ms"),
        figure("vote → ack p99", ackSummary.p99, "ms"),
        figure("vote → projector p50", lagSummary.p50, "ms"),
        figure("vote → projector p99", lagSummary.p99, "ms", { op: "<=", value: 200 }),
        figure("projector results frames/s", projectorFrames / ((endedAt - startedAt) / 1000), ""),
        figure("phones' results frames", phoneFrames.resultsFramesSeen - resultsBefore.resultsFramesSeen, ""),
        figure(
          "phones' results bytes",
          (phoneFrames.resultsBytesSeen - resultsBefore.resultsBytesSeen) / 1024 ** 2,
          "MB",
        ),
        figure("generator event-loop delay p99", loopDelay.percentile(99) / 1e6, "ms"),
        figure("generator event-loop delay max", loopDelay.max / 1e6, "ms"),
      ],
      checks: [
        check(
          "the server counts exactly the acked votes",
          results.respondents === acked,
          `${results.respondents} respondents, ${acked} acked`,
        ),
        check(
          "the largest groups are a recount of the acked answers",
          wrongGroups === 0 && results.words[0]?.count === largestRecounted,
          `${wrongGroups} of ${results.words.length} groups differ; largest ${results.words[0]?.count} vs ${largestRecounted}`,
        ),
        check("the projector counted every acked vote", waiting.length === 0, `${waiting.length} never shown`),
      ],
      notes: [],
    };
  } finally {
    await server.stop();
    scratch.remove();
  }
}

export const wordCloudScenario = {
  name: "word-cloud",
  title: "10,000 phones sending 3 open answers each among 20,000 words, at 2,000 votes/s",
  run: (context: ScenarioContext, scale: number) =>
    runWordCloud(context, {
      ...WORD_CLOUD,
      voters: scaled(WORD_CLOUD.voters, scale, 10),
      distinctWords: scaled(WORD_CLOUD.distinctWords, scale, 100),
      rate: scaled(WORD_CLOUD.rate, scale, 10),
    }),
};
