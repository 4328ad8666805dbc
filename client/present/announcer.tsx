// The results live region: screen readers hear when voting opens or closes, and how the
// results stand, at most every ANNOUNCE_EVERY_MS so the room's numbers do not talk non-stop.
import { useEffect, useRef, useState } from "preact/hooks";
import { formatDecimal, formatPercent } from "../../shared/format.js";
import type { Poll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import type { Locale, Strings } from "../common/i18n.js";
import { averageOf, choiceRows } from "../common/result-rows.js";

const ANNOUNCE_EVERY_MS = 15_000;

export function announcement(poll: Poll | undefined, results: Results | undefined, strings: Strings, locale: Locale) {
  if (!poll) return strings.screen.waitingHeading;
  const t = strings.screen;
  const head = poll.state === "open" ? t.announceOpen(poll.question) : t.announceClosed(poll.question);
  if (!results || poll.resultsVisibility === "hidden") return head;
  const figures =
    poll.type === "choice"
      ? choiceRows(poll, results)
          .map((row) => `${row.label}: ${formatPercent(row.percent, locale)}`)
          .join(strings.separator)
      : poll.type === "text"
        ? (results.type === "text" ? results.words.slice(0, 3) : [])
            .map((word) => `${word.text}: ${formatPercent(word.percent, locale)}`)
            .join(strings.separator)
        : results.respondents > 0
          ? `${strings.averageRating}: ${strings.ratingOutOf(formatDecimal(averageOf(results), locale), poll.scale)}`
          : "";
  return [head, `${strings.respondents(results.respondents)}.`, figures].filter(Boolean).join(" ");
}

type Props = { poll: Poll | undefined; results: Results | undefined; strings: Strings; locale: Locale };

export function Announcer({ poll, results, strings, locale }: Props) {
  const text = announcement(poll, results, strings, locale);
  const moment = `${poll?.id}:${poll?.state}`;
  const [spoken, setSpoken] = useState(text);
  const last = useRef({ moment, at: 0 });
  useEffect(() => {
    const now = Date.now();
    // A new question or a closed vote is news at once; changing numbers wait their turn.
    if (last.current.moment !== moment || now - last.current.at >= ANNOUNCE_EVERY_MS) {
      last.current = { moment, at: now };
      setSpoken(text);
      return;
    }
    const timer = setTimeout(
      () => {
        last.current = { moment, at: Date.now() };
        setSpoken(text);
      },
      ANNOUNCE_EVERY_MS - (now - last.current.at),
    );
    return () => clearTimeout(timer);
  }, [text, moment]);
  return (
    <p class="sr-only" aria-live="polite">
      {spoken}
    </p>
  );
}
