// Where an open-text poll's views go on the voter page: they load (with their texts) the first
// time an event shows a text poll, so phones at events without one never download them.
import { useEffect, useState } from "preact/hooks";
import type { TextPoll } from "../../shared/poll.js";
import type { VoterStrings } from "../common/i18n.js";
import type { VoterState } from "./voter-store.js";

type Views = typeof import("./words/text-poll.js");
let views: Promise<Views> | undefined;

type Props = { poll: TextPoll; state: VoterState; strings: VoterStrings; view: "form" | "results" };

export function TextPollSlot(props: Props) {
  const [loaded, setLoaded] = useState<Views | null>(null);
  useEffect(() => {
    views ??= import("./words/text-poll.js");
    // A failed load is tried again the next time the view shows.
    views.then(setLoaded, () => {
      views = undefined;
    });
  }, []);
  return loaded ? <loaded.TextPollView {...props} /> : null;
}
