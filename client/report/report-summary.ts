// The one-sentence summary of a poll's results, as a conference writes it afterwards:
// "50% each chose “A” and “B”, followed by …" or "Rated 4.1 of 5 on average; 40% gave 5 stars."
// Pure: each language writes its whole sentence (client/i18n/<locale>.ts, report.choiceSentence
// and report.ratingSentence), the figures come from the results; option labels go through
// `mark`, so the page can isolate them (client/common/user-text.tsx).
import { formatDecimal, formatPercent } from "../../shared/format.js";
import type { ChoicePoll, Poll, RatingPoll } from "../../shared/poll.js";
import type { Results } from "../../shared/results.js";
import type { Strings } from "../common/i18n.js";
import type { ChosenGroup } from "../i18n/strings.js";

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

function choiceSummary(strings: Strings, poll: ChoicePoll, results: Results | undefined, mark: Mark): string {
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
  const group = (figures: Figure[]): ChosenGroup => ({
    percent: formatPercent(figures[0]?.percent ?? 0, strings.locale),
    options: t.list(figures.map((figure) => t.quote(mark(figure.label)))),
    tied: figures.length > 1,
  });
  return t.choiceSentence(group(lead), next ? group(next) : null);
}

function ratingSummary(strings: Strings, poll: RatingPoll, results: Results | undefined): string {
  const t = strings.report;
  if (results?.type !== "rating" || results.respondents === 0) return t.nobodyAnswered;
  const top = results.distribution.find((entry) => entry.value === poll.scale);
  const topShare = top && top.count > 0 ? formatPercent(top.percent, strings.locale) : null;
  return t.ratingSentence(formatDecimal(results.average, strings.locale), poll.scale, topShare);
}

/**
 * An open-text poll's sentence: the most frequent answers as a choice poll names its most chosen
 * options (hidden and unapproved groups are marked in the export and left out here).
 */
function textSummary(strings: Strings, results: Results | undefined, mark: Mark): string {
  const t = strings.report;
  const shown = results?.type === "text" ? results.words.filter((word) => word.mark === undefined) : [];
  const lead = shown.slice(0, 3);
  const first = lead[0];
  if (results === undefined || first === undefined) return t.nobodyAnswered;
  const group = (words: typeof lead): ChosenGroup => ({
    percent: formatPercent(first.percent, strings.locale),
    options: t.list(words.map((word) => t.quote(mark(word.text)))),
    tied: words.length > 1,
  });
  return t.choiceSentence(group(lead.filter((word) => word.count === first.count)), null);
}

/** The sentence in the language of `strings`, with its numbers written as that language writes them. */
export function pollSummary(
  strings: Strings,
  poll: Poll,
  results: Results | undefined,
  mark: Mark = (userText) => userText,
): string {
  switch (poll.type) {
    case "choice":
      return choiceSummary(strings, poll, results, mark);
    case "rating":
      return ratingSummary(strings, poll, results);
    case "text":
      return textSummary(strings, results, mark);
  }
}
