// The conference Handzeichen was born from (../shared/seeds, "Erfolg durch kurze Wege",
// 4 December 2020): its two polls and its audience's answers. The demo, the tests and the
// benchmark all build on these.

export const SEED_EVENT = { title: "Erfolg durch kurze Wege", code: "kurze-wege", locale: "de" } as const;

/** "Pick two of six": the shares of respondents were 50, 50, 25, 25, 21 and 4 %. */
export const SEED_CHOICE_POLL = {
  type: "choice",
  question: "Wie kann die Zielgruppe der geringqualifizierten Eltern und Alleinerziehenden am besten erreicht werden?",
  options: [
    "Verweisberatung in Elternschulen und Beratungsstellen",
    "Multiplikatoren in den Quartieren",
    "Direkte Ansprache in den Quartieren",
    "Netzwerke",
    "Vermittlung durch das Jobcenter",
    "Werbung über Social Media",
  ],
  minSelections: 1,
  maxSelections: 2,
} as const;

/** "How do you rate the event?", 1 to 5 stars: 4.1 on average. */
export const SEED_RATING_POLL = { type: "rating", question: "Wie bewerten Sie die Veranstaltung?", scale: 5 } as const;

/** 24 respondents by option position: 12, 12, 6, 6, 5 and 1 choices → 50, 50, 25, 25, 20.8, 4.2 %. */
export const SEED_CHOICES: readonly (readonly number[])[] = [
  ...Array.from({ length: 12 }, () => [0, 1]),
  ...Array.from({ length: 6 }, () => [2, 3]),
  ...Array.from({ length: 5 }, () => [4]),
  [5],
];

/** Ten ratings averaging 4.1. */
export const SEED_RATINGS: readonly number[] = [5, 5, 5, 5, 4, 4, 4, 4, 3, 2];

/** Answer i of an audience of n, taken evenly across a seed list so any audience keeps its proportions. */
export const seedAnswer = <T>(list: readonly T[], i: number, n: number): T =>
  list[Math.floor((i * list.length) / n)] as T;
