// Who may see which poll and its results (docs/api.md "Results visibility").
import type { Poll } from "../../shared/poll.js";

/** Voters are phones; screens are the projector and the overlay; moderators hold the key. */
export type Audience = "voter" | "screen" | "moderator";

export function canSeePoll(poll: Poll, audience: Audience): boolean {
  return audience === "moderator" || poll.state !== "draft";
}

export function canSeeResults(poll: Poll, audience: Audience): boolean {
  if (audience === "moderator") return true;
  if (poll.state === "draft" || poll.resultsVisibility === "hidden") return false;
  if (audience === "screen") return true;
  return poll.resultsVisibility === "live" || poll.state === "closed";
}
