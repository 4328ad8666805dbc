// Decides whether a ballot is a valid vote on a poll, and turns it into a ballot value.
import type { Poll } from "../../shared/poll.js";
import type { Ballot } from "../../shared/vote.js";
import { type BallotValue, choiceMask } from "./ballot.js";
import { fail, type Outcome, succeed } from "./outcome.js";
import { checkTextAnswers } from "./text-answers.js";

/** What is stored of a valid vote: its ballot value, and a text poll's answers (null for the other kinds). */
export type CheckedVote = { value: BallotValue; answers: string[] | null };

const withoutAnswers = (value: BallotValue): CheckedVote => ({ value, answers: null });

export function validateVote(poll: Poll, ballot: Ballot): Outcome<CheckedVote> {
  if (poll.state !== "open") {
    return fail("POLL_CLOSED", poll.state === "draft" ? "This poll is not open yet." : "This poll is closed.");
  }
  switch (poll.type) {
    case "choice": {
      if (!("optionIds" in ballot)) return fail("INVALID_VOTE", "A choice poll takes optionIds.");
      const { minSelections: min, maxSelections: max } = poll;
      const count = ballot.optionIds.length;
      if (count < min || count > max) {
        const wanted = min === max ? `exactly ${min}` : `between ${min} and ${max}`;
        return fail("INVALID_VOTE", `Choose ${wanted} ${max === 1 ? "option" : "options"}; got ${count}.`);
      }
      const positions: number[] = [];
      for (const optionId of ballot.optionIds) {
        const position = poll.options.findIndex((option) => option.id === optionId);
        if (position === -1) return fail("INVALID_VOTE", `Option ${optionId} is not an option of this poll.`);
        if (positions.includes(position)) return fail("INVALID_VOTE", `Option ${optionId} was chosen twice.`);
        positions.push(position);
      }
      return succeed(withoutAnswers(choiceMask(positions)));
    }
    case "rating": {
      if (!("rating" in ballot)) return fail("INVALID_VOTE", "A rating poll takes a rating.");
      if (!Number.isInteger(ballot.rating) || ballot.rating < 1 || ballot.rating > poll.scale) {
        return fail("INVALID_VOTE", `A rating is a whole number from 1 to ${poll.scale}.`);
      }
      return succeed(withoutAnswers(ballot.rating));
    }
    case "text": {
      if (!("answers" in ballot)) return fail("INVALID_VOTE", "A text poll takes answers.");
      const answers = checkTextAnswers(poll, ballot.answers);
      // The ballot value of a text vote is its number of answers; the answers are stored beside it.
      return answers.ok ? succeed({ value: answers.value.length, answers: answers.value }) : answers;
    }
  }
}
