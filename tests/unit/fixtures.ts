// Small factories for domain tests: polls as the API shows them.
import type { ChoicePoll, RatingPoll, TextPoll } from "../../shared/poll.js";

export function choicePoll(fields: Partial<ChoicePoll> = {}): ChoicePoll {
  return {
    id: 1,
    eventCode: "kurze-wege",
    position: 1,
    state: "open",
    question: "Wie erreichen wir Eltern?",
    resultsVisibility: "live",
    createdAt: "2020-12-04T10:30:00.000Z",
    openedAt: "2020-12-04T10:45:00.000Z",
    closedAt: null,
    translations: {},
    type: "choice",
    options: ["A", "B", "C", "D", "E", "F"].map((label, index) => ({ id: 11 + index, label })),
    minSelections: 1,
    maxSelections: 2,
    ...fields,
  };
}

export function ratingPoll(fields: Partial<RatingPoll> = {}): RatingPoll {
  return {
    id: 2,
    eventCode: "kurze-wege",
    position: 2,
    state: "open",
    question: "Wie bewerten Sie die Veranstaltung?",
    resultsVisibility: "live",
    createdAt: "2020-12-04T10:30:00.000Z",
    openedAt: "2020-12-04T12:45:00.000Z",
    closedAt: null,
    translations: {},
    type: "rating",
    scale: 5,
    ...fields,
  };
}

export function textPoll(fields: Partial<TextPoll> = {}): TextPoll {
  return {
    id: 3,
    eventCode: "kurze-wege",
    position: 3,
    state: "open",
    question: "Was nehmen Sie mit?",
    resultsVisibility: "live",
    createdAt: "2020-12-04T10:30:00.000Z",
    openedAt: "2020-12-04T13:45:00.000Z",
    closedAt: null,
    translations: {},
    type: "text",
    maxAnswers: 3,
    maxLength: 10,
    moderation: "post",
    stopWords: false,
    ...fields,
  };
}
