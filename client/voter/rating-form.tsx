// Voting on a rating poll: 1..scale stars as a real radio group (arrow keys work), with the
// chosen value named in words.
import type { RatingPoll } from "../../shared/poll.js";
import type { VoterStrings } from "../common/i18n.js";
import { ratingName } from "../common/result-rows.js";
import { StarIcon } from "../common/stars.js";
import { VoteForm } from "./vote-form.js";
import { chooseRating, selectionOf, type VoterState } from "./voter-store.js";

type Props = { poll: RatingPoll; state: VoterState; strings: VoterStrings };

export function RatingForm({ poll, state, strings }: Props) {
  const rating = selectionOf(state, poll).rating;
  const values = Array.from({ length: poll.scale }, (_, index) => index + 1);
  return (
    <VoteForm
      poll={poll}
      state={state}
      strings={strings}
      rule={strings.voter.rateHint(poll.scale)}
      tooFew={strings.voter.pickRating}
    >
      <div class="star-choice">
        {values.map((value) => (
          <label key={value} class={rating !== null && value <= rating ? "star-option on" : "star-option"}>
            <input
              type="radio"
              name={`poll-${poll.id}`}
              value={value}
              checked={rating === value}
              onChange={() => chooseRating(poll, value)}
            />
            <StarIcon />
            <span class="sr-only">{ratingName(strings, value, poll.scale)}</span>
          </label>
        ))}
      </div>
      {/* Screen readers name the chosen star by its radio button's label; this is for the eye. */}
      <p class="rating-name">{rating === null ? strings.voter.notRated : ratingName(strings, rating, poll.scale)}</p>
    </VoteForm>
  );
}
