// Where an open-text poll's views go on the voter page: they load (with their texts) the first
// time an event shows a text poll, so phones at events without one never download them.
import { useEffect, useState } from "preact/hooks";
import type { TextPoll } from "../../shared/poll.js";
import type { VoterStrings } from "../common/i18n.js";
import type { VoterState } from "./voter-store.js";

type TextPollViews = typeof import("./words/text-poll.js");
type Loaded = { views: TextPollViews; words: Awaited<ReturnType<TextPollViews["loadWordsStrings"]>>; locale: string };

let views: Promise<TextPollViews> | null = null;

function useTextPollViews(locale: VoterStrings["locale"]): Loaded | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let current = true;
    views ??= import("./words/text-poll.js");
    views
      .then(async (module) => ({ views: module, words: await module.loadWordsStrings(locale), locale }))
      .then((next) => current && setLoaded(next))
      // A failed load is tried again the next time the view shows.
      .catch(() => {
        views = null;
      });
    return () => {
      current = false;
    };
  }, [locale]);
  return loaded?.locale === locale ? loaded : null;
}

type Props = { poll: TextPoll; state: VoterState; strings: VoterStrings };

export function TextPollForm({ poll, state, strings }: Props) {
  const loaded = useTextPollViews(strings.locale);
  return loaded ? <loaded.views.TextForm poll={poll} state={state} strings={strings} words={loaded.words} /> : null;
}

export function TextPollResults({ poll, state, strings }: Props) {
  const loaded = useTextPollViews(strings.locale);
  const results = state.live?.results[poll.id];
  const vote = state.live?.myVotes[poll.id];
  if (!loaded || results?.type !== "text") return null;
  const mine = vote && "answers" in vote ? vote.answers : [];
  return <loaded.views.TextAnswersList results={results} strings={strings} words={loaded.words} mine={mine} />;
}
