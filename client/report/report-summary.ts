// The one-sentence summary of a poll's results, as a conference writes it afterwards:
// "50 % chose “A” and “B”, followed by …" or "Rated 4.1 of 5 on average; 40 % gave 5 stars."
// Pure: the words come from the strings, the figures from the results; option labels go
// through `mark`, so the page can isolate them (client/common/user-text.tsx).
import { formatDecimal, formatPercent } from "../../shared/format.js";
import type { ChoicePoll, Poll, RatingPoll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import type { Locale, Strings } from "../common/i18n.js";

type Figure = { label: string; count: number; percent: number };

/** Options with the same count, most chosen first; options nobody chose are left out. */
export function rankedGroups(figures: readonly Figure[]): Figure[][] {
  const groups = new Map<number, Figure[]>();
  for (const figure of figures) {
    if (figure.count <= 0) continue;
    groups.set(figure.count, [...(groups.get(figure.count) ?? []), figure]);
  }
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([, group]) => group);
}

type Mark = (userText: string) => string;

function choiceSummary(strings: Strings, locale: Locale, poll: ChoicePoll, results: Results | undefined, mark: Mark) {
  const t = strings.report;
  const figures = new Map(results?.type === "choice" ? results.options.map((option) => [option.id, option]) : []);
  const [lead, next] = rankedGroups(
    poll.options.map((option) => ({
      label: option.label,
      count: figures.get(option.id)?.count ?? 0,
      percent: figures.get(option.id)?.percent ?? 0,
    })),
  );
  if (!lead?.[0]) return t.nobodyAnswered;
  const part = (group: Figure[], words: typeof t.choseLead) =>
    words(
      formatPercent(group[0]?.percent ?? 0, locale),
      t.list(group.map((figure) => t.quote(mark(figure.label)))),
      group.length > 1,
    );
  const first = part(lead, t.choseLead);
  return next ? `${first}, ${part(next, t.choseNext)}.` : `${first}.`;
}

function ratingSummary(strings: Strings, locale: Locale, poll: RatingPoll, results: Results | undefined): string {
  const t = strings.report;
  if (results?.type !== "rating" || results.respondents === 0) return t.nobodyAnswered;
  const average = t.ratedAverage(formatDecimal(results.average, locale), poll.scale);
  const top = results.distribution.find((entry) => entry.value === poll.scale);
  if (!top || top.count === 0) return `${average}.`;
  return `${average}; ${t.ratedTop(formatPercent(top.percent, locale), strings.stars(poll.scale))}.`;
}

export function pollSummary(
  strings: Strings,
  locale: Locale,
  poll: Poll,
  results: Results | undefined,
  mark: Mark = (userText) => userText,
): string {
  switch (poll.type) {
    case "choice":
      return choiceSummary(strings, locale, poll, results, mark);
    case "rating":
      return ratingSummary(strings, locale, poll, results);
  }
}
