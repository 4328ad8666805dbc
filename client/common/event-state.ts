// What a page knows about its event, kept current by applying the server's live frames.
// Pure: the same frames in the same order give the same state on every page.
import type { ServerMessage, SnapshotMessage } from "../../shared/messages.js";
import type { Poll } from "../../shared/poll.js";
import type { Question } from "../../shared/question.js";
import type { Results } from "../../shared/results.js";
import type { Vote } from "../../shared/vote.js";

export type EventState = {
  /** Moderators also get the event's access code. */
  event: SnapshotMessage["event"];
  /** In the moderator's order (position). */
  polls: Poll[];
  results: Record<string, Results>;
  myVotes: Record<string, Vote>;
  role: SnapshotMessage["role"];
  /** Audience Q&A: the questions this page may see, in no particular order (each view sorts). */
  questions: Question[];
  /** The ids of the questions this participant upvoted, as of the last snapshot. */
  myUpvotes: number[];
};

const byPosition = (a: Poll, b: Poll) => a.position - b.position || a.id - b.id;

export function fromSnapshot(snapshot: SnapshotMessage): EventState {
  return {
    event: snapshot.event,
    polls: [...snapshot.polls].sort(byPosition),
    results: snapshot.results,
    myVotes: snapshot.myVotes,
    role: snapshot.role,
    questions: snapshot.questions,
    myUpvotes: snapshot.myUpvotes,
  };
}

function without<T>(record: Record<string, T>, key: number): Record<string, T> {
  if (!(key in record)) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** The state after one server frame; frames that change nothing return the same object. */
export function applyFrame(state: EventState | null, frame: ServerMessage): EventState | null {
  if (frame.type === "snapshot") return fromSnapshot(frame);
  if (state === null) return null;
  switch (frame.type) {
    case "event":
      return { ...state, event: frame.event };
    case "poll": {
      const others = state.polls.filter((poll) => poll.id !== frame.poll.id);
      return { ...state, polls: [...others, frame.poll].sort(byPosition) };
    }
    case "pollDeleted":
      return {
        ...state,
        polls: state.polls.filter((poll) => poll.id !== frame.pollId),
        results: without(state.results, frame.pollId),
        myVotes: without(state.myVotes, frame.pollId),
      };
    case "pollReset":
      return { ...state, myVotes: without(state.myVotes, frame.pollId) };
    case "results":
      return { ...state, results: { ...state.results, [frame.pollId]: frame.results } };
    // An ask's or an upvote's ack carries the question as it is now, as a question frame does.
    case "ack":
    case "question":
      return "vote" in frame
        ? { ...state, myVotes: { ...state.myVotes, [frame.vote.pollId]: frame.vote } }
        : { ...state, questions: [...state.questions.filter((q) => q.id !== frame.question.id), frame.question] };
    case "questionDeleted":
      return { ...state, questions: state.questions.filter((q) => q.id !== frame.questionId) };
    case "upvotes":
      return {
        ...state,
        questions: state.questions.map((q) =>
          q.id in frame.upvotes ? { ...q, upvotes: frame.upvotes[q.id] as number } : q,
        ),
      };
    // accessGranted, error, pong, voteBurst: nothing here changes. A default rather than a list:
    // the voter page's budget is tight.
    default:
      return state;
  }
}

export const findPoll = (state: EventState | null, pollId: number): Poll | undefined =>
  state?.polls.find((poll) => poll.id === pollId);
