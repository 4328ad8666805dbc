// Voting on a rating poll: 1..scale stars as a real radio group (arrow keys work), with the
// chosen value named in words.
import type { RatingPoll } from "../../shared/poll.js";
import type { VoterStrings } from "../common/i18n.js";
import { useRescuedFocus } from "../common/rescued-focus.js";
import { ratingName } from "../common/result-rows.js";
import { StarIcon } from "../common/stars.js";
import { SendButtons, VoteProblemText } from "./send-buttons.js";
import { chooseRating, selectionOf, submitVote, type VoterState } from "./voter-store.js";

type Props = { poll: RatingPoll; state: VoterState; strings: VoterStrings };

export function RatingForm({ poll, state, strings }: Props) {
  const heading = useRescuedFocus<HTMLHeadingElement>();
  const rating = selectionOf(state, poll).rating;
  const values = Array.from({ length: poll.scale }, (_, index) => index + 1);
  const onSubmit = (event: Event) => {
    event.preventDefault();
    submitVote(poll);
  };
  return (
    <form class="card vote" onSubmit={onSubmit} noValidate>
      <fieldset aria-describedby={`rule-${poll.id}`}>
        <legend>
          <h1 class="question" tabIndex={-1} ref={heading}>
            {poll.question}
          </h1>
        </legend>
        <p id={`rule-${poll.id}`} class="rule">
          {strings.voter.rateHint(poll.scale)}
        </p>
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
        <p class="rating-name" aria-live="polite">
          {rating === null ? strings.voter.notRated : ratingName(strings, rating, poll.scale)}
        </p>
      </fieldset>
      <VoteProblemText poll={poll} state={state} strings={strings} tooFew={strings.voter.pickRating} />
      <SendButtons poll={poll} state={state} strings={strings} />
    </form>
  );
}
