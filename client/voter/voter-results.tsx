// After voting: the voter's own answer, and the results when the poll's visibility allows.
import { formatDecimal } from "../../shared/format.js";
import type { Poll } from "../../shared/poll.js";
import type { Vote } from "../../shared/vote.js";
import type { VoterStrings } from "../common/i18n.js";
import { ResultBars } from "../common/result-bars.js";
import { averageOf, choiceRows, chosenLabels, ratingName, ratingRows, respondentsOf } from "../common/result-rows.js";
import { Stars } from "../common/stars.js";
import { isolatedList } from "../common/user-text.js";
import { TextPollSlot } from "./lazy-view.js";
import { changeVote, type VoterState } from "./voter-store.js";

export function MyVote({ poll, vote, strings }: { poll: Poll; vote: Vote | undefined; strings: VoterStrings }) {
  if (!vote) return <p class="my-vote">{strings.voter.youDidNotVote}</p>;
  const answer =
    "rating" in vote
      ? ratingName(strings, vote.rating, poll.type === "rating" ? poll.scale : vote.rating)
      : "answers" in vote
        ? isolatedList(vote.answers, strings.separator)
        : isolatedList(chosenLabels(poll, vote.optionIds), strings.separator);
  return (
    <div class="my-vote">
      <p>
        {"rating" in vote ? strings.voter.yourRating : strings.voter.yourAnswer}: <strong>{answer}</strong>
      </p>
      {poll.state === "open" && (
        <button type="button" class="secondary" onClick={() => changeVote(poll)}>
          {strings.voter.changeVote}
        </button>
      )}
    </div>
  );
}

export function VoterResults({ poll, state, strings }: { poll: Poll; state: VoterState; strings: VoterStrings }) {
  const results = state.live?.results[poll.id];
  const closed = poll.state === "closed";
  if (poll.resultsVisibility === "hidden") return <p class="note">{strings.voter.resultsHidden}</p>;
  if (!closed && poll.resultsVisibility === "closed") return <p class="note">{strings.voter.resultsWhenClosed}</p>;
  if (!results) return null;
  const vote = state.live?.myVotes[poll.id];
  const respondents = respondentsOf(results);
  return (
    <section class="results" aria-labelledby={`results-${poll.id}`}>
      <h2 id={`results-${poll.id}`}>{closed ? strings.voter.finalResults : strings.voter.resultsSoFar}</h2>
      {poll.type === "rating" && respondents > 0 && (
        <p class="average">
          <span class="sr-only">{strings.averageRating}: </span>
          <bdi dir="ltr">
            <strong>{formatDecimal(averageOf(results), strings.locale)}</strong> / {poll.scale}
          </bdi>{" "}
          <Stars value={averageOf(results)} scale={poll.scale} />
        </p>
      )}
      {poll.type === "text" ? (
        <TextPollSlot poll={poll} state={state} strings={strings} view="results" />
      ) : (
        <ResultBars
          rows={poll.type === "choice" ? choiceRows(poll, results) : ratingRows(poll, results, strings)}
          locale={strings.locale}
          strings={strings}
          mine={new Set(vote ? ("optionIds" in vote ? vote.optionIds : "rating" in vote ? [vote.rating] : []) : [])}
        />
      )}
      <p class="base">{strings.respondents(respondents)}</p>
    </section>
  );
}
