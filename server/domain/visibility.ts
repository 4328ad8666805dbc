// Who may see which poll and its results (docs/api.md "Results visibility").
import type { Poll } from "../../shared/poll.js";

/**
 * Voters are phones; screens are the projector and the overlay; moderators hold the key; Q&A
 * moderators hold the Q&A moderator key and see the polls as a screen does (docs/api.md).
 */
export type Audience = "voter" | "screen" | "moderator" | "qaModerator";

export function canSeePoll(poll: Poll, audience: Audience): boolean {
  return audience === "moderator" || poll.state !== "draft";
}

export function canSeeResults(poll: Poll, audience: Audience): boolean {
  if (audience === "moderator") return true;
  if (poll.state === "draft" || poll.resultsVisibility === "hidden") return false;
  if (audience === "screen" || audience === "qaModerator") return true;
  return poll.resultsVisibility === "live" || poll.state === "closed";
}
