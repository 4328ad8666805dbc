// What the projector may show: the rules of the moderator's screen choice (docs/api.md
// "What the screens show"). Pure: the use cases in polling/ store and announce the outcome.
import type { Screen } from "../../shared/event.js";
import type { Poll } from "../../shared/poll.js";
import { fail, type Outcome, succeed } from "./outcome.js";

/** What a screen choice is checked against: the event's polls, and whether it takes questions. */
export type ScreenContext = { polls: readonly Poll[]; qaEnabled: boolean };

/**
 * A choice the event allows: a poll must be of the event and opened at least once; the Q&A only
 * while the event takes questions, as a projector inviting questions nobody can ask would mislead.
 */
export function checkScreen({ polls, qaEnabled }: ScreenContext, screen: Screen): Outcome<Screen> {
  switch (screen.show) {
    case "join":
      return succeed(screen);
    case "qa":
      return qaEnabled ? succeed(screen) : fail("QA_DISABLED", "Turn Q&A on before showing the questions.");
    case "poll": {
      const poll = polls.find((candidate) => candidate.id === screen.pollId);
      if (!poll) return fail("NOT_FOUND", `This event has no poll ${screen.pollId}.`);
      // A draft's question is the moderator's secret until it opens.
      if (poll.state === "draft") return fail("INVALID_TRANSITION", "A draft cannot be shown; open the poll first.");
      return succeed(screen);
    }
  }
}

/** Opening a poll puts it on the screen, as a moderator expects when the room is to vote. */
export const screenOfOpenedPoll = (pollId: number): Screen => ({ show: "poll", pollId });

/** The screen once a poll is deleted: what cannot be shown any more gives way to the join screen. */
export function screenWithout(screen: Screen, pollId: number): Screen {
  return screen.show === "poll" && screen.pollId === pollId ? { show: "join" } : screen;
}

/** The screen once Q&A is turned off: the questions give way to the join screen. */
export const screenWithoutQa = (screen: Screen): Screen => (screen.show === "qa" ? { show: "join" } : screen);

export const sameScreen = (a: Screen, b: Screen): boolean =>
  a.show === b.show && (a.show !== "poll" || (b.show === "poll" && a.pollId === b.pollId));
