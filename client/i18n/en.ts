// English: every text of every page. A new language is one more file with the same keys
// (the compiler checks them against this one) and one line in client/common/i18n.ts.

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

const common = {
  languageLabel: "Language",
  reconnecting: "Connection lost. Reconnecting…",
  connecting: "Connecting…",
  votes: (n: number) => plural(n, "vote", "votes"),
  respondents: (n: number) => plural(n, "person answered", "people answered"),
  percentOfRespondents: "% of people who answered",
  stars: (n: number) => plural(n, "star", "stars"),
  ratingOutOf: (value: string, scale: number) => `${value} of ${scale}`,
  /** Names of the values of a 1–5 rating, from 1 to 5. */
  ratingWords: ["Poor", "Fair", "Good", "Very good", "Excellent"],
  averageRating: "Average rating",
  votingOpen: "Voting is open",
  votingClosed: "Voting has closed",
  noSuchEvent: (code: string) => `There is no event with the code “${code}”.`,
  eventGone: "This event has ended or was deleted.",
};

const home = {
  title: "Handzeichen: vote live",
  heading: "Join a vote",
  codeLabel: "Event code",
  codeHint: "You find the code on the screen at the front, for example 123456.",
  join: "Join",
  checking: "Checking…",
  noCode: "Please enter the code of the event.",
  unknownCode: (code: string) => `There is no event with the code “${code}”. Please check it.`,
  offline: "No connection to the server. Please try again.",
  organiser: "Are you organising a talk or a meeting?",
  createToggle: "Create an event",
};

const create = {
  titleLabel: "Title of the event",
  codeLabel: "Code (optional)",
  codeHint: "3 to 32 letters, digits or dashes. Leave it empty to get a random 6-digit code.",
  localeLabel: "Language for the audience",
  submit: "Create event",
  creating: "Creating…",
  readyHeading: "Your event is ready",
  keyWarning:
    "This is your moderator link. Keep it safe and do not share it: anyone with it can change your polls. It is shown only this once.",
  moderatorLink: "Moderator link",
  copy: "Copy",
  copied: "Copied",
  openConsole: "Open the moderator console",
  codeTaken: "This code is already taken. Please choose another one.",
  failed: (message: string) => `The event could not be created: ${message}`,
};

const voter = {
  title: (event: string) => `${event}: vote`,
  otherCode: "Enter a different code",
  accessHeading: "This event asks for an access code",
  accessText: "The organisers tell you the access code in the room.",
  accessLabel: "Access code",
  accessSubmit: "Continue",
  accessWrong: "That access code is not right. Please check it and try again.",
  accessChecking: "Checking…",
  accessLimited: "Too many wrong codes came from this network. Please wait a minute, then try again.",
  waitingHeading: "Waiting for the next question",
  waitingText: "Keep this page open. The next question appears here by itself.",
  chooseOne: "Choose one answer.",
  chooseExactly: (n: number) => `Choose exactly ${n} answers.`,
  chooseUpTo: (n: number) => `Choose up to ${n} answers.`,
  chooseBetween: (min: number, max: number) => `Choose ${min} to ${max} answers.`,
  chosenCount: (n: number, max: number) => `${n} of ${max} chosen.`,
  maxReached: (max: number) => `You chose ${max}. To choose a different answer, first untick one.`,
  chooseAtLeast: (n: number) => (n === 1 ? "Please choose an answer." : `Please choose at least ${n} answers.`),
  rateHint: (scale: number) => `Choose 1 to ${scale} stars.`,
  pickRating: "Please choose a number of stars.",
  notRated: "No stars chosen yet.",
  send: "Send my vote",
  saveChange: "Save my change",
  sending: "Sending…",
  keepVote: "Keep my vote",
  offlineSend: "Waiting for the connection…",
  thanks: "Thank you! Your vote has been counted.",
  yourAnswer: "Your answer",
  yourRating: "Your rating",
  youDidNotVote: "You did not vote on this question.",
  changeVote: "Change my vote",
  yourChoice: "your choice",
  resultsSoFar: "Results so far",
  finalResults: "Final results",
  resultsWhenClosed: "The results will be shown here when voting has closed.",
  resultsHidden: "The results of this question are not shown here.",
  errors: {
    POLL_CLOSED: "Voting on this question has just closed.",
    INVALID_VOTE: "This vote was not accepted. Please check your choice and try again.",
    RATE_LIMITED: "Too many attempts. Please wait a moment and try again.",
    other: "Your vote could not be sent. Please try again.",
  },
};

const screen = {
  title: (event: string) => `${event}: results`,
  joinHeading: "Vote on your phone",
  scan: "Scan the code with your camera",
  orGoTo: "or go to",
  code: "Code",
  qrLabel: (url: string) => `QR code for ${url}`,
  waitingHeading: "The next question will appear here.",
  waitingText: "Join now, so you are ready when voting starts.",
  closedBadge: "Voting closed · final results",
  openBadge: "Voting open",
  resultsHidden: "The results of this question are not shown.",
  announceOpen: (question: string) => `Voting open: ${question}`,
  announceClosed: (question: string) => `Voting closed: ${question}`,
  summaryChoice: (n: number) => `${n} ${n === 1 ? "person has" : "people have"} answered.`,
};

const moderatorConsole = {
  title: (event: string) => `${event}: moderator console`,
  brand: "Handzeichen moderator console",
  keyHeading: "Moderator key needed",
  keyText: "Open this page with your moderator link, or paste the key from it here.",
  keyLabel: "Moderator key",
  keySubmit: "Continue",
  keyWrong: "This key does not fit this event. Please check your moderator link.",
  keyLimited: "Too many wrong keys from here. Please wait a minute, then try again.",
  links: "Links",
  voterLink: "Voting page for the audience",
  presentLink: "Projector screen",
  overlayLink: "Stream overlay (OBS browser source)",
  overlayOptions:
    "Overlay options, added to the link: ?position=bottom|top|left|right, theme=dark|light, scale=1.5, poll=ID, code=0, qr=1, bg=chroma, lang=de|en",
  copy: "Copy",
  copied: "Copied",
  open: "Open",
  qrFor: (what: string) => `QR code: ${what}`,
  copyModeratorLink: "Copy moderator link",
  settings: "Event settings",
  titleLabel: "Title",
  localeLabel: "Language for the audience",
  accessCodeLabel: "Access code for voting (optional)",
  accessCodeHint:
    "When set, people must type it before they can vote: tell it in the room, not on the stream. Leave empty so anyone with the link can vote.",
  saveSettings: "Save settings",
  saved: "Saved",
  exportCsv: "Download results (CSV)",
  exportJson: "Download results (JSON)",
  exportXlsx: "Download results (Excel)",
  openReport: "Printable results report",
  exportFailed: "The results could not be downloaded. Please try again.",
  polls: "Polls",
  noPolls: "No polls yet. Create the first one.",
  newPoll: "New poll",
  editPoll: "Edit poll",
  position: (n: number) => `No. ${n}`,
  stateDraft: "Draft",
  stateOpen: "Open",
  stateClosed: "Closed",
  presented: "On screen",
  choiceSummary: (min: number, max: number, options: number) =>
    min === max
      ? `Choice: exactly ${max} of ${options}`
      : min === 1
        ? `Choice: up to ${max} of ${options}`
        : `Choice: ${min} to ${max} of ${options}`,
  ratingSummary: (scale: number) => `Rating: 1 to ${scale} stars`,
  actionOpen: "Open voting",
  actionClose: "Close voting",
  actionReopen: "Reopen voting",
  actionEdit: "Edit",
  actionDuplicate: "Duplicate",
  actionUp: "Move up",
  actionDown: "Move down",
  actionReset: "Reset votes",
  actionDelete: "Delete",
  moreActions: "More actions for this poll",
  visibilityLabel: "Results for the audience",
  visibility: {
    live: "Live, after voting",
    closed: "When voting has closed",
    hidden: "Hidden (only here)",
  },
  confirmReset: (question: string, votes: number) =>
    `Reset “${question}”? ${votes === 1 ? "Its 1 vote" : `All ${votes} votes`} will be deleted. This cannot be undone.`,
  confirmDelete: (question: string, votes: number) =>
    `Delete “${question}”${votes > 0 ? ` and its ${votes === 1 ? "1 vote" : `${votes} votes`}` : ""}? This cannot be undone.`,
  confirm: "Yes, do it",
  cancel: "Cancel",
  form: {
    type: "Kind of poll",
    choice: "Multiple choice",
    rating: "Rating with stars",
    question: "Question",
    options: "Answers",
    option: (n: number) => `Answer ${n}`,
    removeOption: (n: number) => `Remove answer ${n}`,
    addOption: "Add an answer",
    minSelections: "Voters choose at least",
    maxSelections: "and at most",
    scale: "Number of stars",
    save: "Save",
    create: "Create poll",
    cancel: "Cancel",
    lockedByVotes: "This poll has votes: to change its answers or stars, reset it first.",
  },
  failed: (message: string) => `That did not work: ${message}`,
  dismiss: "Dismiss",
  voteBurst: (newParticipants: number, seconds: number, connected: number) =>
    `Unusual: ${newParticipants} new participants voted within ${seconds} seconds, while ${connected} voters are connected. Someone may be voting many times.`,
};

/** The printable results report at /moderate/:code/report, and its one-sentence summaries. */
const report = {
  title: (event: string) => `${event}: results report`,
  brand: "Handzeichen · results report",
  toolbar: "Report actions",
  backToConsole: "Back to the moderator console",
  print: "Print / Save as PDF",
  loading: "Loading the results…",
  keyNeeded: "This report needs the moderator key. Please open it from the moderator console.",
  keyWrong: "The moderator key does not fit this event. Please open the moderator console with your moderator link.",
  failed: "The results could not be loaded. Please reload the page.",
  date: "Date",
  code: "Event code",
  asOf: "Results as of",
  noPolls: "No poll of this event has been opened yet.",
  pollLabel: (n: number) => `Question ${n}`,
  respondents: (n: number) => `n = ${n} ${n === 1 ? "respondent" : "respondents"}`,
  stillOpen: "Voting is still open: results so far.",
  percentNote: (maxSelections: number) =>
    maxSelections > 1
      ? `Shares in % of respondents. Each person could choose up to ${maxSelections} answers, so the shares add up to more than 100%.`
      : "Shares in % of respondents.",
  ratingNote: "Distribution in % of respondents.",
  average: (value: string, scale: number) => `${value} of ${scale}`,
  // The pieces of the summary sentences (client/report/report-summary.ts puts them together).
  quote: (text: string) => `“${text}”`,
  list: (items: readonly string[]) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`,
  nobodyAnswered: "Nobody answered.",
  choseLead: (percent: string, options: string, tied: boolean) =>
    tied ? `${percent} each chose ${options}` : `${percent} chose ${options}`,
  choseNext: (percent: string, options: string, tied: boolean) =>
    tied ? `followed by ${options} with ${percent} each` : `followed by ${options} with ${percent}`,
  ratedAverage: (average: string, scale: number) => `Rated ${average} of ${scale} on average`,
  ratedTop: (percent: string, stars: string) => `${percent} gave ${stars}`,
};

/** What the voter page (home and event page) shows: bundled into it, without the other pages' texts. */
export const enForVoters = { ...common, home, create, voter };

export const en = { ...enForVoters, screen, console: moderatorConsole, report };

export type VoterStrings = typeof enForVoters;
export type Strings = typeof en;
