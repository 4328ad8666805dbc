// The upvote counts of a room's questions, coalesced like results (docs/api.md, "upvotes"): the
// same pacing rules (domain/pacing.ts) decide when a frame goes out, to screens and moderators
// at most every 100 ms (the first change at once), to phones once the counts have settled. A
// frame carries the counts that changed since the receiver's last one, serialized once per
// audience (moderators see every question, phones and screens only the public ones).
import {
  newResultsPacing,
  nextResultsAt,
  type ResultsPacing,
  recordChange,
  sliceEnd,
  takeResultsTurn,
} from "../domain/pacing.js";
import { isPublicState } from "../domain/question-rules.js";
import { seesAllQuestions } from "../domain/question-visibility.js";
import type { LiveQuestion } from "../polling/questions-registry.js";
import { sendFrame } from "./backpressure.js";
import type { Connection } from "./connection.js";
import type { Room } from "./rooms.js";

/** One room's upvote broadcast: its pacing, the questions changed since each side's last frame, its timer. */
export type UpvotesFeed = ResultsPacing & {
  changedForScreens: Set<number>;
  changedForVoters: Set<number>;
  timer: NodeJS.Timeout | null;
  timerDue: number;
};

export type UpvotesSource = {
  question(questionId: number): LiveQuestion | undefined;
};

export type UpvotesFeeds = {
  upvotesChanged(room: Room, question: LiveQuestion): void;
  /** Stops the room's timer: it is being dropped. */
  stop(room: Room): void;
};

export function createUpvotesFeeds(source: UpvotesSource): UpvotesFeeds {
  function feedOf(room: Room): UpvotesFeed {
    room.upvotes ??= {
      ...newResultsPacing(),
      changedForScreens: new Set(),
      changedForVoters: new Set(),
      timer: null,
      timerDue: 0,
    };
    return room.upvotes;
  }

  function schedule(room: Room, feed: UpvotesFeed): void {
    const due = nextResultsAt(feed, room.voters);
    if (due === Number.POSITIVE_INFINITY) return;
    if (feed.timer !== null) {
      if (feed.timerDue <= due) return;
      clearTimeout(feed.timer);
    }
    feed.timerDue = due;
    feed.timer = setTimeout(send, Math.max(0, due - Date.now()), room, feed);
  }

  /** The counts of `ids` as a frame; `everyQuestion`: moderators' (pending ones too). */
  function countsFrame(ids: ReadonlySet<number>, everyQuestion: boolean): Buffer | null {
    const upvotes: Record<string, number> = {};
    let any = false;
    for (const id of ids) {
      const question = source.question(id);
      if (!question || !(everyQuestion || isPublicState(question.state))) continue;
      upvotes[id] = question.upvotes;
      any = true;
    }
    return any ? Buffer.from(JSON.stringify({ type: "upvotes", upvotes })) : null;
  }

  function send(room: Room, feed: UpvotesFeed): void {
    feed.timer = null;
    if (!room.open) return;
    const turn = takeResultsTurn(feed, room.voters, Date.now());
    const receivers: [Connection, Buffer][] = [];
    if (turn.screens) {
      const forModerators = countsFrame(feed.changedForScreens, true);
      const forScreens = countsFrame(feed.changedForScreens, false);
      feed.changedForScreens = new Set();
      for (const connection of room.connections) {
        if (connection.audience === "voter") continue;
        const frame = seesAllQuestions(connection.audience) ? forModerators : forScreens;
        if (frame) receivers.push([connection, frame]);
      }
    }
    if (turn.voters) {
      const forVoters = countsFrame(feed.changedForVoters, false);
      feed.changedForVoters = new Set();
      if (forVoters)
        for (const connection of room.connections)
          if (connection.audience === "voter") receivers.push([connection, forVoters]);
    }
    // Screens first (they were pushed first): the projector is what the room is watching.
    broadcast(receivers, 0);
    schedule(room, feed);
  }

  /** One slice of receivers per turn of the event loop: a big room's broadcast must not hold up votes. */
  function broadcast(receivers: readonly [Connection, Buffer][], start: number): void {
    const end = sliceEnd(start, receivers.length);
    for (let index = start; index < end; index++) {
      const [connection, frame] = receivers[index] as [Connection, Buffer];
      sendFrame(connection, frame);
    }
    if (end < receivers.length) setImmediate(broadcast, receivers, end);
  }

  return {
    upvotesChanged(room, question) {
      const feed = feedOf(room);
      feed.changedForScreens.add(question.id);
      feed.changedForVoters.add(question.id);
      recordChange(feed, Date.now());
      schedule(room, feed);
    },
    stop(room) {
      if (room.upvotes?.timer) clearTimeout(room.upvotes.timer);
    },
  };
}
