// What every language file (client/i18n/<locale>.ts) holds: each text of each page, by key. A file
// that misses a text or has one too many does not compile, because each annotates its sections
// with these types; tests/unit/client-strings.test.ts checks the same at run time.
// The words to use are in docs/translations.md. Texts that count take the number and pick their
// plural form through `counting` (client/common/plural.ts).
import type { ErrorCode } from "../../shared/errors.js";
import type { Locale } from "../../shared/event.js";
import type { QuestionState } from "../../shared/question.js";
import type { OverlayPosition } from "../overlay/overlay-options.js";

/** What every page shows: the voter page loads it with its own texts. */
export type CommonStrings = {
  /** The language these texts are in: the page's `lang`, and how its numbers are written. */
  locale: Locale;
  languageLabel: string;
  /** Between the answers a voter chose: "A; B". */
  separator: string;
  reconnecting: string;
  connecting: string;
  /** "12 votes" beside a result bar. */
  votes: (count: number) => string;
  /** "68 people voted": how many people took part in a poll. */
  respondents: (count: number) => string;
  /** "5 stars" */
  stars: (count: number) => string;
  /** "4 of 5"; `value` comes already written in the page's digits ("4,1"). */
  ratingOutOf: (value: string, scale: number) => string;
  /** The values of a 1–5 rating in words, from 1 to 5. */
  ratingWords: readonly [string, string, string, string, string];
  averageRating: string;
  votingOpen: string;
  votingClosed: string;
  noSuchEvent: (code: string) => string;
  eventGone: string;
};

export type HomeStrings = {
  title: string;
  heading: string;
  codeLabel: string;
  codeHint: string;
  join: string;
  checking: string;
  noCode: string;
  unknownCode: (code: string) => string;
  offline: string;
  organiser: string;
  /** The home page's link to the organisers' page at /new. */
  createLink: string;
};

/** The organisers' page at /new: create an event, then its moderator link, shown once. */
export type CreateStrings = {
  title: string;
  heading: string;
  titleLabel: string;
  codeLabel: string;
  codeHint: string;
  localeLabel: string;
  submit: string;
  creating: string;
  readyHeading: string;
  keyWarning: string;
  moderatorLink: string;
  copy: string;
  copied: string;
  openConsole: string;
  codeTaken: string;
  /** The title or the code was turned down (INVALID_REQUEST). */
  invalid: string;
  /** Too many new events from this network (RATE_LIMITED). */
  limited: string;
  failed: string;
};

/** The event page on a phone. */
export type VotingStrings = {
  title: (event: string) => string;
  otherCode: string;
  accessHeading: string;
  accessText: string;
  accessLabel: string;
  accessSubmit: string;
  accessWrong: string;
  accessChecking: string;
  accessLimited: string;
  waitingHeading: string;
  waitingText: string;
  chooseOne: string;
  chooseExactly: (count: number) => string;
  chooseUpTo: (max: number) => string;
  chooseBetween: (min: number, max: number) => string;
  chosenCount: (count: number, max: number) => string;
  maxReached: (max: number) => string;
  chooseAtLeast: (count: number) => string;
  rateHint: (scale: number) => string;
  pickRating: string;
  notRated: string;
  send: string;
  saveChange: string;
  sending: string;
  keepVote: string;
  /** On the send button while a vote waits for the connection to come back. */
  sendWhenOnline: string;
  /** Said aloud (the page's live region) when the lost connection is back. */
  connectionBack: string;
  /** The button that reads the question and its answers aloud with the phone's own voice. */
  readAloud: string;
  /** Said aloud once the server counted the vote. */
  counted: string;
  thanks: string;
  yourAnswer: string;
  yourRating: string;
  youDidNotVote: string;
  changeVote: string;
  yourChoice: string;
  resultsSoFar: string;
  finalResults: string;
  resultsWhenClosed: string;
  resultsHidden: string;
  /** Why a vote did not go through; `other` for every other reason. */
  errors: { POLL_CLOSED: string; INVALID_VOTE: string; RATE_LIMITED: string; other: string };
  /** The switch between a poll's translation into the page's language and its original. */
  pollText: {
    showOriginal: string;
    /** Back to the translation: "Show in English", named in the page's language. */
    showTranslation: string;
  };
  /** The switch between the poll and the audience's questions, when the event takes questions. */
  views: { poll: string; questions: string };
};

/**
 * The audience's questions on a phone (client/voter/qa/): loaded with that view, from
 * client/i18n/voter-qa/<locale>.ts, so a phone that only votes never loads them.
 */
export type VoterQaStrings = {
  heading: string;
  askLabel: string;
  /** Under pre-moderation: the question is shown once a moderator approved it. */
  askHintPre: string;
  /** "12 of 300 characters" under the text field. */
  characters: (count: number, max: number) => string;
  nameLabel: string;
  ask: string;
  /** The sort order of the questions. */
  sortLabel: string;
  sortTop: string;
  sortNew: string;
  none: string;
  /** The upvote toggle's name; the count it shows is read with it ("I want to know too: 12"). */
  upvote: string;
  mine: string;
  pending: string;
  rejected: string;
  highlighted: string;
  answered: string;
  /** "asked by Ayşe"; the name arrives marked and is isolated by the page. */
  askedBy: (name: string) => string;
  /** Said aloud once the server has the question, shown at once or waiting for approval. */
  arrived: string;
  arrivedPending: string;
  /** Why a question or an upvote did not go through. */
  errors: {
    empty: string;
    tooLong: string;
    duplicate: string;
    RATE_LIMITED: string;
    upvoteLimited: string;
    QA_DISABLED: string;
    other: string;
  };
};

/** The projector, and the overlay's few words. */
export type ScreenStrings = {
  title: (event: string) => string;
  joinHeading: string;
  scan: string;
  orGoTo: string;
  code: string;
  qrLabel: (url: string) => string;
  waitingHeading: string;
  waitingText: string;
  closedBadge: string;
  openBadge: string;
  resultsHidden: string;
  announceOpen: (question: string) => string;
  announceClosed: (question: string) => string;
  qa: QaScreenStrings;
};

/** The audience's questions on the projector and the overlay; upvote counts use `votes`. */
export type QaScreenStrings = {
  heading: string;
  /** Above the one question on the overlay. */
  label: string;
  /** On the projector while no question is shown yet. */
  empty: string;
  /** The asker's name, given with the question, goes through `mark`. */
  askedBy: (name: string) => string;
  /** Above the list under the highlighted question. */
  others: string;
  /** Said aloud when a question is highlighted. */
  announce: (question: string) => string;
  /** Above the join link and code while the screens show the questions (else `joinHeading`). */
  joinHeading: string;
};

export type ConsoleStrings = {
  title: (event: string) => string;
  brand: string;
  keyHeading: string;
  keyText: string;
  keyLabel: string;
  keySubmit: string;
  keyWrong: string;
  keyLimited: string;
  links: string;
  voterLink: string;
  presentLink: string;
  overlayLink: string;
  /** The overlay link's settings, which the console writes into the link. */
  overlaySettings: string;
  overlayPlace: string;
  places: Record<OverlayPosition, string>;
  overlayColours: string;
  colours: { dark: string; light: string };
  /** The overlay shows the highlighted audience question and no poll (`?show=qa`). */
  overlayQa: string;
  overlayJoin: string;
  overlayQr: string;
  overlayGreen: string;
  overlayLanguage: string;
  eventLanguage: string;
  copy: string;
  copied: string;
  open: string;
  qrFor: (what: string) => string;
  copyModeratorLink: string;
  settings: string;
  titleLabel: string;
  localeLabel: string;
  localeHint: string;
  accessCodeLabel: string;
  accessCodeHint: string;
  saveSettings: string;
  saved: string;
  exportCsv: string;
  exportJson: string;
  exportXlsx: string;
  openReport: string;
  exportFailed: string;
  polls: string;
  noPolls: string;
  newPoll: string;
  editPoll: string;
  /** "No. 3": the poll's place in the list. */
  position: (n: number) => string;
  stateDraft: string;
  stateOpen: string;
  stateClosed: string;
  presented: string;
  /** How many answers a voter picks, out of how many. */
  choiceSummary: (min: number, max: number, options: number) => string;
  ratingSummary: (scale: number) => string;
  actionOpen: string;
  actionClose: string;
  actionReopen: string;
  actionEdit: string;
  actionDuplicate: string;
  actionUp: string;
  actionDown: string;
  actionReset: string;
  actionDelete: string;
  moreActions: string;
  visibilityLabel: string;
  visibility: { live: string; closed: string; hidden: string };
  confirmReset: (question: string, votes: number) => string;
  confirmDelete: (question: string, votes: number) => string;
  confirm: string;
  cancel: string;
  form: {
    type: string;
    choice: string;
    rating: string;
    question: string;
    options: string;
    option: (n: number) => string;
    removeOption: (n: number) => string;
    addOption: string;
    minSelections: string;
    maxSelections: string;
    scale: string;
    save: string;
    create: string;
    cancel: string;
    lockedByVotes: string;
  };
  /** What the server's error codes (docs/api.md "Errors") mean, and OFFLINE: the server was not reached. */
  problems: Record<ErrorCode | "OFFLINE", string>;
  dismiss: string;
  voteBurst: (newParticipants: number, seconds: number, connected: number) => string;
  /** A poll's question and answers in other languages, in the poll form (client/moderate/poll-translations.tsx). */
  translations: {
    heading: string;
    hint: string;
    /** The menu of languages to add a translation in. */
    language: string;
    add: string;
    remove: string;
    /** Before the original text shown beside each translated field. */
    original: string;
    /** `language` is the translation's language, named in itself ("Türkçe"). */
    questionMissing: (language: string) => string;
    optionsMissing: (language: string) => string;
  };
  screenChoice: ScreenChoiceStrings;
  /** Audience Q&A in the console (client/moderate/qa-*.tsx). */
  qa: QaConsoleStrings;
};

/**
 * The console's Q&A panel: settings, the queue of questions waiting for approval, the questions
 * everyone sees, the keyboard shortcuts, and the Q&A moderator link (a helper's page for questions only).
 */
export type QaConsoleStrings = {
  heading: string;
  /** The heading of the page a Q&A moderator link opens, and what it is for. */
  onlyHeading: string;
  onlyText: string;
  /** While Q&A is switched off. */
  off: string;
  settings: string;
  enabled: string;
  preModeration: string;
  preModerationHint: string;
  names: string;
  blockedWords: string;
  blockedWordsHint: string;
  /** A blocked word (user text, isolated by the page) over the length limit. */
  blockedWordTooLong: (word: string, max: number) => string;
  tooManyBlockedWords: (max: number) => string;
  save: string;
  /** "Waiting for approval (3)" */
  queue: (count: number) => string;
  queueEmpty: string;
  /** "Questions everyone sees (5)" */
  shown: (count: number) => string;
  shownEmpty: string;
  answeredSection: (count: number) => string;
  archivedSection: (count: number) => string;
  rejectedSection: (count: number) => string;
  /** "12 upvotes": how many people want this question answered. */
  upvotes: (count: number) => string;
  /** The mark of the one highlighted question (the one the screens show large). */
  highlighted: string;
  /** Who asked, as the asker gave their name (user text, isolated by the page). */
  askedBy: (name: string) => string;
  approve: string;
  reject: string;
  highlight: string;
  answered: string;
  archive: string;
  /** Back among the questions everyone sees (from answered, archived or rejected). */
  showAgain: string;
  delete: string;
  confirmDelete: (question: string) => string;
  shortcuts: string;
  shortcutsHint: string;
  keys: { next: string; previous: string; approve: string; reject: string; highlight: string; answered: string };
  /** The Q&A moderator link: a second key that moderates questions and nothing else. */
  link: {
    heading: string;
    hint: string;
    make: string;
    remake: string;
    label: string;
    shownOnce: string;
    revoke: string;
    revoked: string;
  };
  /** Where the console's general problem texts speak of polls. */
  problems: { INVALID_TRANSITION: string; NOT_FOUND: string; INVALID_REQUEST: string };
};

/** What the projector shows, and the console's controls to choose it. */
export type ScreenChoiceStrings = {
  heading: string;
  showsJoin: string;
  showsPoll: (question: string) => string;
  /** After voting ended on the poll that is shown: the console offers the join screen. */
  closedHint: string;
  showJoin: string;
  showPoll: string;
  showsQa: string;
  showQa: string;
};

/** A group of options chosen equally often, for the report's summary sentence. */
export type ChosenGroup = {
  /** Already written in the page's digits: "50 %". */
  percent: string;
  /** The options, each quoted, as one list: "“A” and “B”". */
  options: string;
  /** More than one option in the group. */
  tied: boolean;
};

export type ReportStrings = {
  title: (event: string) => string;
  brand: string;
  toolbar: string;
  backToConsole: string;
  print: string;
  loading: string;
  keyNeeded: string;
  keyWrong: string;
  failed: string;
  date: string;
  code: string;
  asOf: string;
  noPolls: string;
  pollLabel: (n: number) => string;
  stillOpen: string;
  percentNote: (maxSelections: number) => string;
  ratingNote: string;
  /** An option label in the language's quotation marks. */
  quote: (text: string) => string;
  /** "A, B and C" */
  list: (items: readonly string[]) => string;
  nobodyAnswered: string;
  /** The choice poll's sentence: the most chosen options, and those after them if any. */
  choiceSentence: (lead: ChosenGroup, next: ChosenGroup | null) => string;
  /** The rating poll's sentence: the average, and the share who gave the most stars if any did. */
  ratingSentence: (average: string, scale: number, topShare: string | null) => string;
  qa: QaReportStrings;
};

/** The report's section of the audience's questions; upvote counts use `votes`. */
export type QaReportStrings = {
  heading: string;
  /** How the list is ordered. */
  note: string;
  states: Record<QuestionState, string>;
  askedBy: (name: string) => string;
};

/** Open-text polls and the word cloud on the console and the screens. */
export type WordsStrings = {
  /** The kind of poll in the console's form. */
  kind: string;
  maxAnswers: string;
  maxLength: string;
  /** The checkbox that makes a poll pre-moderated. */
  preModeration: string;
  /** The checkbox that groups answers without small words (docs/api.md "Stop words"), and its hint. */
  stopWords: string;
  stopWordsHint: string;
  /** Added to the poll card's line when the poll leaves small words out. */
  stopWordsOn: string;
  /** The poll card's line about the kind: one answer or several, and their length. */
  summary: (maxAnswers: number, maxLength: number) => string;
  noAnswers: string;
  hide: string;
  show: string;
  approve: string;
  /** A group's mark in the console. */
  hidden: string;
  pending: string;
  /** Opens the spellings behind a group. */
  answersBehind: string;
  /** How many people gave an answer: "12 people". */
  people: (count: number) => string;
  /** Names the ranked list for screen readers. */
  listLabel: string;
};

/** The voter page's texts for open-text polls: loaded with their form (client/i18n/words/<locale>.ts). */
export type VoterWordsStrings = {
  /** The label of answer field `n` of `of`: "Your answer" when there is one. */
  answerLabel: (n: number, of: number) => string;
  hint: (maxAnswers: number) => string;
  charactersLeft: (count: number) => string;
  /** Said when the voter sends without writing anything. */
  tooFew: string;
  topAnswers: string;
  yourAnswers: string;
};

/** What the voter page loads: the voter's sections, without the other pages' texts. */
export type VoterStrings = CommonStrings & { home: HomeStrings; voter: VotingStrings };

export type Strings = VoterStrings & {
  create: CreateStrings;
  screen: ScreenStrings;
  console: ConsoleStrings;
  report: ReportStrings;
  words: WordsStrings;
};
