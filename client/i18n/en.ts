// English: every text of every page (the keys: client/i18n/strings.ts; the words: docs/translations.md).
import { counting } from "../common/i18n.js";
import type {
  CommonStrings,
  ConsoleStrings,
  CreateStrings,
  HomeStrings,
  ReportStrings,
  ScreenStrings,
  Strings,
  VoterStrings,
  VotingStrings,
  WordsStrings,
} from "./strings.js";

const { count, number } = counting("en");

const common: CommonStrings = {
  locale: "en",
  languageLabel: "Language",
  separator: "; ",
  reconnecting: "No connection. Trying again…",
  connecting: "Connecting…",
  votes: (n) => count(n, { one: "# vote", other: "# votes" }),
  respondents: (n) => count(n, { one: "# person voted", other: "# people voted" }),
  stars: (n) => count(n, { one: "# star", other: "# stars" }),
  ratingOutOf: (value, scale) => `${value} of ${number(scale)}`,
  ratingWords: ["Poor", "Fair", "Good", "Very good", "Excellent"],
  averageRating: "Average",
  votingOpen: "Voting is open",
  votingClosed: "Voting has ended",
  noSuchEvent: (code) => `There is no event with the code “${code}”.`,
  eventGone: "This event has ended or was deleted.",
};

const home: HomeStrings = {
  title: "Handzeichen: vote live",
  heading: "Take part in a vote",
  codeLabel: "Event code",
  codeHint: "You can see the code on the screen at the front, for example 123456.",
  join: "Take part",
  checking: "Checking…",
  noCode: "Please type the code of the event.",
  unknownCode: (code) => `There is no event with the code “${code}”. Please check it.`,
  offline: "No connection to the server. Please try again.",
  organiser: "Are you leading a talk or a meeting?",
  createLink: "Create an event",
};

const create: CreateStrings = {
  title: "Handzeichen: create an event",
  heading: "New event",
  titleLabel: "Name of the event",
  codeLabel: "Code (you may leave this empty)",
  codeHint: "3 to 32 letters (a–z), digits or dashes. If you leave it empty, you get a code of 6 digits.",
  localeLabel: "Language of the event",
  submit: "Create event",
  creating: "Creating…",
  readyHeading: "Your event is ready",
  keyWarning:
    "This is your moderator link. Keep it safe and do not share it: anyone who has it can change your polls. You see it only this once.",
  moderatorLink: "Moderator link",
  copy: "Copy",
  copied: "Copied",
  openConsole: "Open the moderator page",
  codeTaken: "This code is already taken. Please choose another one.",
  invalid: "Please check the name and the code.",
  limited: "Too many new events came from this network. Please try again later.",
  failed: "The event could not be created. Please try again.",
};

const voter: VotingStrings = {
  title: (event) => `${event}: vote`,
  otherCode: "Type a different code",
  accessHeading: "This event asks for an access code",
  accessText: "The organisers tell you the access code in the room.",
  accessLabel: "Access code",
  accessSubmit: "Continue",
  accessWrong: "This access code is not right. Please check it and try again.",
  accessChecking: "Checking…",
  accessLimited: "Too many wrong codes came from this network. Please wait one minute, then try again.",
  waitingHeading: "Waiting for the next question",
  waitingText: "Keep this page open. The next question appears here by itself.",
  chooseOne: "Choose one answer.",
  chooseExactly: (n) => count(n, { one: "Choose exactly # answer.", other: "Choose exactly # answers." }),
  chooseUpTo: (max) => count(max, { one: "Choose up to # answer.", other: "Choose up to # answers." }),
  chooseBetween: (min, max) => `Choose ${number(min)} to ${number(max)} answers.`,
  chosenCount: (n, max) => `${number(n)} of ${number(max)} chosen.`,
  maxReached: (max) =>
    `You have chosen ${number(max)}. If you want a different answer, first take away one of your ticks.`,
  chooseAtLeast: (n) => count(n, { one: "Please choose an answer.", other: "Please choose at least # answers." }),
  rateHint: (scale) => `Choose from 1 to ${number(scale)} stars.`,
  pickRating: "Please choose how many stars.",
  notRated: "No stars chosen yet.",
  send: "Send my vote",
  saveChange: "Save my change",
  sending: "Sending…",
  keepVote: "Keep my vote",
  sendWhenOnline: "No connection – will be sent when you are back online",
  connectionBack: "Connected again.",
  readAloud: "Read aloud",
  counted: "Your vote has been counted.",
  thanks: "Thank you! Your vote has been counted.",
  yourAnswer: "Your answer",
  yourRating: "Your rating",
  youDidNotVote: "You did not vote on this question.",
  changeVote: "Change my vote",
  yourChoice: "your choice",
  resultsSoFar: "Results so far",
  finalResults: "Final results",
  resultsWhenClosed: "You see the results here when voting has ended.",
  resultsHidden: "The results of this question are not shown here.",
  errors: {
    POLL_CLOSED: "Voting on this question has just ended.",
    INVALID_VOTE: "This vote was not accepted. Please check your choice and try again.",
    RATE_LIMITED: "Too many tries. Please wait a moment and try again.",
    other: "Your vote could not be sent. Please try again.",
  },
  pollText: { showOriginal: "Show original", showTranslation: "Show in English" },
};

const screen: ScreenStrings = {
  title: (event) => `${event}: results`,
  joinHeading: "Vote on your phone",
  scan: "Scan the code with your camera",
  orGoTo: "or go to",
  code: "Code",
  qrLabel: (url) => `QR code for ${url}`,
  waitingHeading: "The next question will appear here.",
  waitingText: "Join now, so you are ready when voting starts.",
  closedBadge: "Voting has ended · final results",
  openBadge: "Voting is open",
  resultsHidden: "The results of this question are not shown.",
  announceOpen: (question) => `Voting is open: ${question}`,
  announceClosed: (question) => `Voting has ended: ${question}`,
};

const moderatorConsole: ConsoleStrings = {
  title: (event) => `${event}: moderator page`,
  brand: "Handzeichen · moderator page",
  keyHeading: "Please open your moderator link",
  keyText: "Open this page with your moderator link, or paste the link here.",
  keyLabel: "Moderator link",
  keySubmit: "Continue",
  keyWrong: "This link does not fit this event. Please check your moderator link.",
  keyLimited: "Too many wrong tries from this network. Please wait one minute, then try again.",
  links: "Links",
  voterLink: "Page for the audience to vote",
  presentLink: "Projector screen",
  overlayLink: "Overlay for a live stream (OBS)",
  overlaySettings: "Change how the overlay looks",
  overlayPlace: "Place",
  places: { bottom: "Bottom", top: "Top", left: "Left", right: "Right" },
  overlayColours: "Colours",
  colours: { dark: "Light text on dark", light: "Dark text on light" },
  overlayJoin: "Show how to join",
  overlayQr: "Show the QR code",
  overlayGreen: "Green background (for chroma key)",
  overlayLanguage: "Language",
  eventLanguage: "Language of the event",
  copy: "Copy",
  copied: "Copied",
  open: "Open",
  qrFor: (what) => `QR code: ${what}`,
  copyModeratorLink: "Copy moderator link",
  settings: "Event settings",
  titleLabel: "Name of the event",
  localeLabel: "Language of the event",
  localeHint: "The projector uses this language. Phones use their own language if we have it, otherwise this one.",
  accessCodeLabel: "Access code for voting (you may leave this empty)",
  accessCodeHint:
    "If you set one, people must type it before they can vote. Say it in the room, not on the stream. Leave it empty, and anyone with the link can vote.",
  saveSettings: "Save settings",
  saved: "Saved",
  exportCsv: "Download results (CSV)",
  exportJson: "Download results (JSON)",
  exportXlsx: "Download results (Excel)",
  openReport: "Results to print",
  exportFailed: "The results could not be downloaded. Please try again.",
  polls: "Polls",
  noPolls: "No polls yet. Create the first one.",
  newPoll: "New poll",
  editPoll: "Change poll",
  position: (n) => `No. ${number(n)}`,
  stateDraft: "Not started",
  stateOpen: "Voting open",
  stateClosed: "Voting ended",
  presented: "On the screen",
  choiceSummary: (min, max, options) =>
    min === max
      ? `Choose ${number(max)} of ${number(options)} answers`
      : min === 1
        ? `Choose up to ${number(max)} of ${number(options)} answers`
        : `Choose ${number(min)} to ${number(max)} of ${number(options)} answers`,
  ratingSummary: (scale) => `Stars from 1 to ${number(scale)}`,
  actionOpen: "Start voting",
  actionClose: "End voting",
  actionReopen: "Start voting again",
  actionEdit: "Change",
  actionDuplicate: "Copy",
  actionUp: "Move up",
  actionDown: "Move down",
  actionReset: "Delete the votes",
  actionDelete: "Delete",
  moreActions: "More for this poll",
  visibilityLabel: "Results for the audience",
  visibility: {
    live: "Show after voting",
    closed: "Show when voting has ended",
    hidden: "Do not show (only here)",
  },
  confirmReset: (question, votes) =>
    `Delete the votes of “${question}”? ${count(votes, {
      one: "Its # vote will be deleted.",
      other: "All # votes will be deleted.",
    })} You cannot undo this.`,
  confirmDelete: (question, votes) =>
    votes > 0
      ? `Delete “${question}” and ${count(votes, { one: "its # vote", other: "its # votes" })}? You cannot undo this.`
      : `Delete “${question}”? You cannot undo this.`,
  confirm: "Yes, do it",
  cancel: "Cancel",
  form: {
    type: "Kind of poll",
    choice: "Choose from answers",
    rating: "Give stars",
    question: "Question",
    options: "Answers",
    option: (n) => `Answer ${number(n)}`,
    removeOption: (n) => `Remove answer ${number(n)}`,
    addOption: "Add an answer",
    minSelections: "People choose at least",
    maxSelections: "and at most",
    scale: "Number of stars",
    save: "Save",
    create: "Create poll",
    cancel: "Cancel",
    lockedByVotes: "This poll has votes. To change its answers or stars, first delete the votes.",
  },
  problems: {
    INVALID_REQUEST: "This was not accepted. Please check your entries: no field may be empty, and no answer twice.",
    UNAUTHORIZED: "Your moderator link does not fit this event.",
    FORBIDDEN: "This is not allowed here.",
    NOT_FOUND: "This poll or event does not exist any more.",
    EVENT_CODE_TAKEN: "This code is already taken. Please choose another one.",
    INVALID_TRANSITION: "This is not possible right now. The poll has changed in the meantime.",
    POLL_HAS_VOTES: "This poll has votes. To change its answers or stars, first delete the votes.",
    POLL_CLOSED: "Voting on this poll has ended.",
    ACCESS_CODE_REQUIRED: "The access code is missing or not right.",
    INVALID_VOTE: "This vote was not accepted.",
    PAYLOAD_TOO_LARGE: "This is too long. Please make it shorter.",
    RATE_LIMITED: "Too many tries in a short time. Please wait one minute, then try again.",
    QA_DISABLED: "Questions are switched off for this event right now.",
    INTERNAL: "Something went wrong on the server. Please try again.",
    OFFLINE: "No connection to the server. Please check the network and try again.",
  },
  dismiss: "Close",
  voteBurst: (newParticipants, seconds, connected) =>
    `Unusual: ${count(newParticipants, {
      one: "# new person voted",
      other: "# new people voted",
    })} within ${count(seconds, { one: "# second", other: "# seconds" })}, but only ${count(connected, {
      one: "# phone is",
      other: "# phones are",
    })} connected. Maybe someone is voting many times.`,
  // What the projector shows (the screen choice).
  screenChoice: {
    heading: "Projector screen",
    showsJoin: "Now showing: how to join (QR code and event code).",
    showsPoll: (question) => `Now showing: the poll “${question}”.`,
    closedHint: "Voting has ended. The results stay on the screen until you choose something else.",
    showJoin: "Show how to join",
    showPoll: "Show on the screen",
  },
  translations: {
    heading: "Translations",
    hint: "Phones show the question and the answers in their own language when there is a translation here. Otherwise they show the original.",
    language: "Language",
    add: "Add a translation",
    remove: "Remove translation",
    original: "Original",
    questionMissing: (language) => `${language}: Please write the question in this language.`,
    optionsMissing: (language) => `${language}: Some answers are missing. Please translate all answers or none.`,
  },
};

const report: ReportStrings = {
  title: (event) => `${event}: results`,
  brand: "Handzeichen · results",
  toolbar: "Report actions",
  backToConsole: "Back to the moderator page",
  print: "Print / Save as PDF",
  loading: "Loading the results…",
  keyNeeded: "To see the results, please open them from the moderator page.",
  keyWrong: "Your moderator link does not fit this event. Please open the moderator page with your moderator link.",
  failed: "The results could not be loaded. Please load the page again.",
  date: "Date",
  code: "Event code",
  asOf: "Results from",
  noPolls: "No poll of this event has been started yet.",
  pollLabel: (n) => `Question ${number(n)}`,
  stillOpen: "Voting is still open. These are the results so far.",
  percentNote: (maxSelections) =>
    maxSelections > 1
      ? `Percent of the people who voted. Each person could choose up to ${number(maxSelections)} answers, so together it is more than 100%.`
      : "Percent of the people who voted.",
  ratingNote: "Percent of the people who voted, for each number of stars.",
  quote: (text) => `“${text}”`,
  list: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`,
  nobodyAnswered: "Nobody voted.",
  choiceSentence: (lead, next) => {
    const first = lead.tied ? `${lead.percent} each chose ${lead.options}` : `${lead.percent} chose ${lead.options}`;
    if (!next) return `${first}.`;
    return next.tied
      ? `${first}, followed by ${next.options} with ${next.percent} each.`
      : `${first}, followed by ${next.options} with ${next.percent}.`;
  },
  ratingSentence: (average, scale, topShare) =>
    topShare === null
      ? `Rated ${average} of ${number(scale)} on average.`
      : `Rated ${average} of ${number(scale)} on average; ${topShare} gave ${count(scale, {
          one: "# star",
          other: "# stars",
        })}.`,
};

/** Open-text polls and the word cloud: the console and the screens (docs/api.md, "Open-text polls"). */
const words: WordsStrings = {
  kind: "Open answers (word cloud)",
  maxAnswers: "Answers per person",
  maxLength: "Characters per answer",
  preModeration: "Show answers only after you approve them",
  summary: (answers, length) =>
    answers === 1
      ? `Open answer, up to ${number(length)} characters`
      : `Up to ${number(answers)} open answers, up to ${number(length)} characters each`,
  noAnswers: "No answers yet.",
  hide: "Hide",
  show: "Show again",
  approve: "Approve",
  hidden: "Hidden",
  pending: "Waiting for approval",
  answersBehind: "See the answers",
  people: (n) => count(n, { one: "# person", other: "# people" }),
  listLabel: "Answers, most frequent first",
};

/** What the voter page (home and event page) loads: without the other pages' texts. */
export const enForVoters: VoterStrings = { ...common, home, voter };

export const en: Strings = { ...enForVoters, create, screen, console: moderatorConsole, report, words };
