// Deutsch: alle Texte aller Seiten (Schlüssel: client/i18n/strings.ts; Wörter: docs/translations.md).
// Anrede „Sie“; kurze Sätze, keine Fachwörter.
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

const { count, number } = counting("de");

const common: CommonStrings = {
  locale: "de",
  languageLabel: "Sprache",
  separator: "; ",
  reconnecting: "Keine Verbindung. Neuer Versuch …",
  connecting: "Verbinden …",
  votes: (n) => count(n, { one: "# Stimme", other: "# Stimmen" }),
  respondents: (n) => count(n, { one: "# Person hat abgestimmt", other: "# Personen haben abgestimmt" }),
  stars: (n) => count(n, { one: "# Stern", other: "# Sterne" }),
  ratingOutOf: (value, scale) => `${value} von ${number(scale)}`,
  ratingWords: ["Schlecht", "Geht so", "Gut", "Sehr gut", "Ausgezeichnet"],
  averageRating: "Durchschnitt",
  votingOpen: "Abstimmung läuft",
  votingClosed: "Abstimmung beendet",
  noSuchEvent: (code) => `Es gibt keine Veranstaltung mit dem Code „${code}“.`,
  eventGone: "Diese Veranstaltung ist vorbei oder wurde gelöscht.",
};

const home: HomeStrings = {
  title: "Handzeichen: live abstimmen",
  heading: "An einer Abstimmung teilnehmen",
  codeLabel: "Code der Veranstaltung",
  codeHint: "Den Code sehen Sie vorne auf der Leinwand, zum Beispiel 123456.",
  join: "Teilnehmen",
  checking: "Wird geprüft …",
  noCode: "Bitte geben Sie den Code der Veranstaltung ein.",
  unknownCode: (code) => `Es gibt keine Veranstaltung mit dem Code „${code}“. Bitte prüfen Sie den Code.`,
  offline: "Keine Verbindung zum Server. Bitte versuchen Sie es noch einmal.",
  organiser: "Sie leiten einen Vortrag oder ein Treffen?",
  createLink: "Veranstaltung anlegen",
};

const create: CreateStrings = {
  title: "Handzeichen: Veranstaltung anlegen",
  heading: "Neue Veranstaltung",
  titleLabel: "Titel der Veranstaltung",
  codeLabel: "Code (freiwillig)",
  codeHint:
    "3 bis 32 Buchstaben (a–z), Ziffern oder Bindestriche. Wenn Sie nichts eingeben, bekommen Sie einen Code aus 6 Ziffern.",
  localeLabel: "Sprache der Veranstaltung",
  submit: "Veranstaltung anlegen",
  creating: "Wird angelegt …",
  readyHeading: "Ihre Veranstaltung ist bereit",
  keyWarning:
    "Das ist Ihr Moderationslink. Heben Sie ihn gut auf und geben Sie ihn nicht weiter: Wer ihn hat, kann Ihre Umfragen ändern. Sie sehen ihn nur dieses eine Mal.",
  moderatorLink: "Moderationslink",
  copy: "Kopieren",
  copied: "Kopiert",
  openConsole: "Moderationsseite öffnen",
  codeTaken: "Diesen Code gibt es schon. Bitte wählen Sie einen anderen.",
  invalid: "Bitte prüfen Sie den Titel und den Code.",
  limited: "Aus diesem Netz kamen zu viele neue Veranstaltungen. Bitte versuchen Sie es später noch einmal.",
  failed: "Die Veranstaltung konnte nicht angelegt werden. Bitte versuchen Sie es noch einmal.",
};

const voter: VotingStrings = {
  title: (event) => `${event}: abstimmen`,
  otherCode: "Anderen Code eingeben",
  accessHeading: "Diese Veranstaltung braucht einen Zugangscode",
  accessText: "Den Zugangscode sagen Ihnen die Veranstalter im Saal.",
  accessLabel: "Zugangscode",
  accessSubmit: "Weiter",
  accessWrong: "Dieser Zugangscode stimmt nicht. Bitte prüfen Sie ihn und versuchen Sie es noch einmal.",
  accessChecking: "Wird geprüft …",
  accessLimited:
    "Aus diesem Netz kamen zu viele falsche Codes. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.",
  waitingHeading: "Warten auf die nächste Frage",
  waitingText: "Lassen Sie diese Seite offen. Die nächste Frage kommt hier von selbst.",
  chooseOne: "Wählen Sie eine Antwort.",
  chooseExactly: (n) => count(n, { one: "Wählen Sie genau # Antwort.", other: "Wählen Sie genau # Antworten." }),
  chooseUpTo: (max) => count(max, { one: "Wählen Sie bis zu # Antwort.", other: "Wählen Sie bis zu # Antworten." }),
  chooseBetween: (min, max) => `Wählen Sie ${number(min)} bis ${number(max)} Antworten.`,
  chosenCount: (n, max) => `${number(n)} von ${number(max)} gewählt.`,
  maxReached: (max) => `Sie haben ${number(max)} gewählt. Für eine andere Antwort nehmen Sie zuerst ein Häkchen weg.`,
  chooseAtLeast: (n) =>
    count(n, { one: "Bitte wählen Sie eine Antwort.", other: "Bitte wählen Sie mindestens # Antworten." }),
  rateHint: (scale) => `Wählen Sie 1 bis ${number(scale)} Sterne.`,
  pickRating: "Bitte wählen Sie, wie viele Sterne.",
  notRated: "Noch keine Sterne gewählt.",
  send: "Stimme abgeben",
  saveChange: "Änderung speichern",
  sending: "Wird gesendet …",
  keepVote: "Stimme behalten",
  sendWhenOnline: "Keine Verbindung – wird gesendet, sobald Sie wieder online sind",
  connectionBack: "Verbindung wieder da.",
  readAloud: "Vorlesen",
  counted: "Ihre Stimme ist gezählt.",
  thanks: "Danke! Ihre Stimme wurde gezählt.",
  yourAnswer: "Ihre Antwort",
  yourRating: "Ihre Bewertung",
  youDidNotVote: "Sie haben bei dieser Frage nicht abgestimmt.",
  changeVote: "Stimme ändern",
  yourChoice: "Ihre Wahl",
  resultsSoFar: "Ergebnis bis jetzt",
  finalResults: "Endergebnis",
  resultsWhenClosed: "Das Ergebnis sehen Sie hier, wenn die Abstimmung beendet ist.",
  resultsHidden: "Das Ergebnis dieser Frage wird hier nicht gezeigt.",
  errors: {
    POLL_CLOSED: "Die Abstimmung zu dieser Frage wurde gerade beendet.",
    INVALID_VOTE: "Diese Stimme wurde nicht angenommen. Bitte prüfen Sie Ihre Wahl und versuchen Sie es noch einmal.",
    RATE_LIMITED: "Zu viele Versuche. Bitte warten Sie einen Moment.",
    other: "Ihre Stimme konnte nicht gesendet werden. Bitte versuchen Sie es noch einmal.",
  },
  pollText: { showOriginal: "Original anzeigen", showTranslation: "Auf Deutsch anzeigen" },
  views: { poll: "Umfrage", questions: "Fragen" },
};

const screen: ScreenStrings = {
  title: (event) => `${event}: Ergebnisse`,
  joinHeading: "Mit dem Handy abstimmen",
  scan: "Code mit der Kamera scannen",
  orGoTo: "oder gehen Sie auf",
  code: "Code",
  qrLabel: (url) => `QR-Code für ${url}`,
  waitingHeading: "Die nächste Frage erscheint hier.",
  waitingText: "Machen Sie schon jetzt mit, dann sind Sie bereit, wenn es losgeht.",
  closedBadge: "Abstimmung beendet · Endergebnis",
  openBadge: "Abstimmung läuft",
  resultsHidden: "Das Ergebnis dieser Frage wird nicht gezeigt.",
  announceOpen: (question) => `Abstimmung läuft: ${question}`,
  announceClosed: (question) => `Abstimmung beendet: ${question}`,
  qa: {
    heading: "Fragen aus dem Publikum",
    label: "Frage aus dem Publikum",
    empty: "Noch keine Fragen – stellen Sie Ihre Frage auf dem Handy",
    askedBy: (name) => `Gefragt von ${name}`,
    others: "Weitere Fragen",
    announce: (question) => `Diese Frage ist jetzt dran: ${question}`,
    joinHeading: "Mit dem Handy fragen",
  },
};

const moderatorConsole: ConsoleStrings = {
  title: (event) => `${event}: Moderation`,
  brand: "Handzeichen · Moderation",
  keyHeading: "Bitte öffnen Sie Ihren Moderationslink",
  keyText: "Öffnen Sie diese Seite mit Ihrem Moderationslink oder fügen Sie den Link hier ein.",
  keyLabel: "Moderationslink",
  keySubmit: "Weiter",
  keyWrong: "Dieser Link passt nicht zu dieser Veranstaltung. Bitte prüfen Sie Ihren Moderationslink.",
  keyLimited:
    "Zu viele falsche Versuche aus diesem Netz. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.",
  links: "Links",
  voterLink: "Seite zum Abstimmen für das Publikum",
  presentLink: "Leinwand (Beamer)",
  overlayLink: "Einblendung für einen Livestream (OBS)",
  overlaySettings: "Aussehen der Einblendung ändern",
  overlayPlace: "Ort",
  places: { bottom: "Unten", top: "Oben", left: "Links", right: "Rechts" },
  overlayColours: "Farben",
  colours: { dark: "Helle Schrift auf dunkel", light: "Dunkle Schrift auf hell" },
  overlayQa: "Nur die hervorgehobene Frage aus dem Publikum zeigen",
  overlayJoin: "Zeigen, wie man mitmacht",
  overlayQr: "QR-Code zeigen",
  overlayGreen: "Grüner Hintergrund (für Chroma-Key)",
  overlayLanguage: "Sprache",
  eventLanguage: "Sprache der Veranstaltung",
  copy: "Kopieren",
  copied: "Kopiert",
  open: "Öffnen",
  qrFor: (what) => `QR-Code: ${what}`,
  copyModeratorLink: "Moderationslink kopieren",
  settings: "Einstellungen der Veranstaltung",
  titleLabel: "Titel",
  localeLabel: "Sprache der Veranstaltung",
  localeHint:
    "Die Leinwand zeigt diese Sprache. Handys zeigen ihre eigene Sprache, wenn es sie hier gibt, sonst diese.",
  accessCodeLabel: "Zugangscode zum Abstimmen (freiwillig)",
  accessCodeHint:
    "Wenn Sie einen Code eingeben, muss man ihn vor dem Abstimmen eintippen. Sagen Sie ihn im Saal, nicht im Stream. Ohne Code kann jede Person mit dem Link abstimmen.",
  saveSettings: "Einstellungen speichern",
  saved: "Gespeichert",
  exportCsv: "Ergebnisse herunterladen (CSV)",
  exportJson: "Ergebnisse herunterladen (JSON)",
  exportXlsx: "Ergebnisse herunterladen (Excel)",
  openReport: "Ergebnisse zum Drucken",
  exportFailed: "Die Ergebnisse konnten nicht heruntergeladen werden. Bitte versuchen Sie es noch einmal.",
  polls: "Umfragen",
  noPolls: "Noch keine Umfragen. Legen Sie die erste an.",
  newPoll: "Neue Umfrage",
  editPoll: "Umfrage ändern",
  position: (n) => `Nr. ${number(n)}`,
  stateDraft: "Noch nicht gestartet",
  stateOpen: "Abstimmung läuft",
  stateClosed: "Beendet",
  presented: "Auf der Leinwand",
  choiceSummary: (min, max, options) =>
    min === max
      ? `Man wählt ${number(max)} von ${number(options)} Antworten`
      : min === 1
        ? `Man wählt bis zu ${number(max)} von ${number(options)} Antworten`
        : `Man wählt ${number(min)} bis ${number(max)} von ${number(options)} Antworten`,
  ratingSummary: (scale) => `Sterne von 1 bis ${number(scale)}`,
  actionOpen: "Abstimmung starten",
  actionClose: "Abstimmung beenden",
  actionReopen: "Wieder starten",
  actionEdit: "Ändern",
  actionDuplicate: "Kopieren",
  actionUp: "Nach oben",
  actionDown: "Nach unten",
  actionReset: "Stimmen zurücksetzen",
  actionDelete: "Löschen",
  moreActions: "Mehr zu dieser Umfrage",
  visibilityLabel: "Ergebnis für das Publikum",
  visibility: {
    live: "Nach der Stimmabgabe zeigen",
    closed: "Nach Ende der Abstimmung zeigen",
    hidden: "Nicht zeigen (nur hier)",
  },
  confirmReset: (question, votes) =>
    `Stimmen von „${question}“ zurücksetzen? ${count(votes, {
      one: "Die # Stimme wird gelöscht.",
      other: "Alle # Stimmen werden gelöscht.",
    })} Das können Sie nicht rückgängig machen.`,
  confirmDelete: (question, votes) =>
    votes > 0
      ? `„${question}“ mit ${count(votes, { one: "# Stimme", other: "# Stimmen" })} löschen? Das können Sie nicht rückgängig machen.`
      : `„${question}“ löschen? Das können Sie nicht rückgängig machen.`,
  confirm: "Ja, ausführen",
  cancel: "Abbrechen",
  form: {
    type: "Art der Umfrage",
    choice: "Antworten zur Auswahl",
    rating: "Bewertung mit Sternen",
    question: "Frage",
    options: "Antworten",
    option: (n) => `Antwort ${number(n)}`,
    removeOption: (n) => `Antwort ${number(n)} entfernen`,
    addOption: "Antwort hinzufügen",
    minSelections: "Man wählt mindestens",
    maxSelections: "und höchstens",
    scale: "Anzahl der Sterne",
    save: "Speichern",
    create: "Umfrage anlegen",
    cancel: "Abbrechen",
    lockedByVotes:
      "Diese Umfrage hat schon Stimmen. Um Antworten oder Sterne zu ändern, setzen Sie zuerst die Stimmen zurück.",
  },
  problems: {
    INVALID_REQUEST:
      "Das wurde nicht angenommen. Bitte prüfen Sie Ihre Eingaben: Kein Feld darf leer sein, keine Antwort doppelt.",
    UNAUTHORIZED: "Ihr Moderationslink passt nicht zu dieser Veranstaltung.",
    FORBIDDEN: "Das ist hier nicht erlaubt.",
    NOT_FOUND: "Diese Umfrage oder Veranstaltung gibt es nicht mehr.",
    EVENT_CODE_TAKEN: "Diesen Code gibt es schon. Bitte wählen Sie einen anderen.",
    INVALID_TRANSITION: "Das geht gerade nicht. Die Umfrage hat sich inzwischen geändert.",
    POLL_HAS_VOTES:
      "Diese Umfrage hat schon Stimmen. Um Antworten oder Sterne zu ändern, setzen Sie zuerst die Stimmen zurück.",
    POLL_CLOSED: "Die Abstimmung zu dieser Umfrage ist beendet.",
    ACCESS_CODE_REQUIRED: "Der Zugangscode fehlt oder stimmt nicht.",
    INVALID_VOTE: "Diese Stimme wurde nicht angenommen.",
    PAYLOAD_TOO_LARGE: "Das ist zu lang. Bitte kürzen Sie den Text.",
    RATE_LIMITED:
      "Zu viele Versuche in kurzer Zeit. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.",
    QA_DISABLED: "Fragen sind bei dieser Veranstaltung gerade ausgeschaltet.",
    INTERNAL: "Auf dem Server ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.",
    OFFLINE: "Keine Verbindung zum Server. Bitte prüfen Sie das Netz und versuchen Sie es noch einmal.",
  },
  dismiss: "Schließen",
  voteBurst: (newParticipants, seconds, connected) =>
    `Ungewöhnlich: ${count(newParticipants, {
      one: "# neue Person hat",
      other: "# neue Personen haben",
    })} in ${count(seconds, { one: "# Sekunde", other: "# Sekunden" })} abgestimmt, aber nur ${count(connected, {
      one: "# Handy ist",
      other: "# Handys sind",
    })} verbunden. Vielleicht stimmt jemand mehrmals ab.`,
  // What the projector shows (the screen choice).
  screenChoice: {
    heading: "Leinwand (Beamer)",
    showsJoin: "Jetzt zu sehen: wie man mitmacht (QR-Code und Code der Veranstaltung).",
    showsPoll: (question) => `Jetzt zu sehen: die Umfrage „${question}“.`,
    closedHint: "Die Abstimmung ist beendet. Das Ergebnis bleibt auf der Leinwand, bis Sie etwas anderes zeigen.",
    showJoin: "Zeigen, wie man mitmacht",
    showPoll: "Auf der Leinwand zeigen",
    showsQa: "Jetzt zu sehen: die Fragen aus dem Publikum.",
    showQa: "Fragen zeigen",
  },
  translations: {
    heading: "Übersetzungen",
    hint: "Handys zeigen die Frage und die Antworten in ihrer Sprache, wenn es hier eine Übersetzung gibt. Sonst zeigen sie das Original.",
    language: "Sprache",
    add: "Übersetzung hinzufügen",
    remove: "Übersetzung entfernen",
    original: "Original",
    questionMissing: (language) => `${language}: Bitte schreiben Sie die Frage in dieser Sprache.`,
    optionsMissing: (language) =>
      `${language}: Einige Antworten fehlen. Bitte übersetzen Sie alle Antworten oder keine.`,
  },
  // Audience Q&A in the console.
  qa: {
    heading: "Fragen aus dem Publikum",
    onlyHeading: "Fragen moderieren",
    onlyText:
      "Mit diesem Link können Sie Fragen freigeben, ablehnen und hervorheben und als beantwortet markieren. Umfragen und Einstellungen sehen Sie hier nicht.",
    off: "Fragen sind ausgeschaltet. Das Publikum kann gerade keine Fragen stellen.",
    settings: "Einstellungen für Fragen",
    enabled: "Das Publikum kann Fragen stellen",
    preModeration: "Jede Frage erst freigeben",
    preModerationHint: "Neue Fragen sieht dann nur die Moderation. Alle anderen sehen sie erst nach Ihrer Freigabe.",
    names: "Namen erlauben",
    blockedWords: "Gesperrte Wörter (ein Wort pro Zeile)",
    blockedWordsHint: "Eine Frage mit einem dieser Wörter wartet immer auf Freigabe.",
    blockedWordTooLong: (word, max) =>
      `„${word}“ ist zu lang. Ein gesperrtes Wort hat höchstens ${number(max)} Zeichen.`,
    tooManyBlockedWords: (max) => `Das sind zu viele gesperrte Wörter. Erlaubt sind höchstens ${number(max)}.`,
    save: "Einstellungen für Fragen speichern",
    queue: (n) => `Warten auf Freigabe (${number(n)})`,
    queueEmpty: "Keine Frage wartet auf Freigabe.",
    shown: (n) => `Fragen für alle (${number(n)})`,
    shownEmpty: "Noch keine Fragen.",
    answeredSection: (n) => `Beantwortet (${number(n)})`,
    archivedSection: (n) => `Archiviert (${number(n)})`,
    rejectedSection: (n) => `Abgelehnt (${number(n)})`,
    upvotes: (n) => count(n, { one: "# Zustimmung", other: "# Zustimmungen" }),
    highlighted: "Hervorgehoben",
    askedBy: (name) => `Von ${name}`,
    approve: "Freigeben",
    reject: "Ablehnen",
    highlight: "Hervorheben",
    answered: "Beantwortet",
    archive: "Archivieren",
    showAgain: "Wieder für alle zeigen",
    delete: "Löschen",
    confirmDelete: (question) => `Die Frage „${question}“ löschen? Das können Sie nicht rückgängig machen.`,
    shortcuts: "Tastenkürzel",
    shortcutsHint: "Die Tasten wirken nicht, solange Sie in einem Feld schreiben.",
    keys: {
      next: "Nächste Frage",
      previous: "Vorige Frage",
      approve: "Freigeben",
      reject: "Ablehnen",
      highlight: "Hervorheben oder nicht mehr hervorheben",
      answered: "Als beantwortet markieren",
    },
    link: {
      heading: "Link nur für Fragen",
      hint: "Für eine Person, die Ihnen hilft: Mit diesem Link kann sie Fragen freigeben, hervorheben und als beantwortet markieren. Umfragen und Einstellungen kann sie nicht ändern.",
      make: "Link erstellen",
      remake: "Neuen Link erstellen",
      label: "Link zum Moderieren der Fragen",
      shownOnce:
        "Sie sehen diesen Link nur jetzt. Kopieren Sie ihn und geben Sie ihn weiter. Ein neuer Link macht den alten ungültig.",
      revoke: "Link ungültig machen",
      revoked: "Der Link nur für Fragen geht nicht mehr.",
    },
    problems: {
      INVALID_TRANSITION: "Das geht gerade nicht. Die Frage hat sich inzwischen geändert.",
      NOT_FOUND: "Diese Frage gibt es nicht mehr.",
      INVALID_REQUEST: "Das wurde nicht angenommen. Bitte prüfen Sie die gesperrten Wörter.",
    },
  },
};

const report: ReportStrings = {
  title: (event) => `${event}: Ergebnisbericht`,
  brand: "Handzeichen · Ergebnisbericht",
  toolbar: "Aktionen zum Bericht",
  backToConsole: "Zurück zur Moderationsseite",
  print: "Drucken / Als PDF speichern",
  loading: "Die Ergebnisse werden geladen …",
  keyNeeded: "Bitte öffnen Sie die Ergebnisse über die Moderationsseite.",
  keyWrong:
    "Ihr Moderationslink passt nicht zu dieser Veranstaltung. Bitte öffnen Sie die Moderationsseite mit Ihrem Moderationslink.",
  failed: "Die Ergebnisse konnten nicht geladen werden. Bitte laden Sie die Seite neu.",
  date: "Datum",
  code: "Code der Veranstaltung",
  asOf: "Stand",
  noPolls: "In dieser Veranstaltung wurde noch keine Umfrage gestartet.",
  pollLabel: (n) => `Frage ${number(n)}`,
  stillOpen: "Die Abstimmung läuft noch. Das ist das Ergebnis bis jetzt.",
  percentNote: (maxSelections) =>
    maxSelections > 1
      ? `Prozent der Personen, die abgestimmt haben. Jede Person konnte bis zu ${number(maxSelections)} Antworten wählen, darum ergibt alles zusammen mehr als 100 %.`
      : "Prozent der Personen, die abgestimmt haben.",
  ratingNote: "Prozent der Personen, die abgestimmt haben, für jede Anzahl Sterne.",
  quote: (text) => `„${text}“`,
  list: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} und ${items[items.length - 1]}`,
  nobodyAnswered: "Niemand hat abgestimmt.",
  choiceSentence: (lead, next) => {
    const first = lead.tied ? `Je ${lead.percent} wählten ${lead.options}` : `${lead.percent} wählten ${lead.options}`;
    if (!next) return `${first}.`;
    return next.tied
      ? `${first}, dahinter ${next.options} mit je ${next.percent}.`
      : `${first}, dahinter ${next.options} mit ${next.percent}.`;
  },
  ratingSentence: (average, scale, topShare) =>
    topShare === null
      ? `Im Durchschnitt wurde mit ${average} von ${number(scale)} bewertet.`
      : `Im Durchschnitt wurde mit ${average} von ${number(scale)} bewertet; ${topShare} gaben ${count(scale, {
          one: "# Stern",
          other: "# Sterne",
        })}.`,
  qa: {
    heading: "Fragen aus dem Publikum",
    note: "Beantwortete und offene Fragen zuerst. Die Fragen mit den meisten Stimmen stehen oben.",
    states: {
      visible: "Offen",
      answered: "Beantwortet",
      archived: "Archiviert",
      pending: "Nicht freigegeben",
      rejected: "Abgelehnt",
    },
    askedBy: (name) => `Gefragt von ${name}`,
  },
};

/** Open-text polls and the word cloud: the console and the screens (docs/api.md, "Open-text polls"). */
const words: WordsStrings = {
  kind: "Offene Antworten (Wortwolke)",
  maxAnswers: "Antworten pro Person",
  maxLength: "Zeichen pro Antwort",
  preModeration: "Antworten erst nach Freigabe zeigen",
  stopWords: "Kleine Wörter nicht zählen",
  stopWordsHint:
    "Kleine Wörter wie „der“, „und“, „ist“ nicht zählen. Dann sind „der Kaffee“ und „Kaffee“ eine Antwort.",
  stopWordsOn: "ohne kleine Wörter",
  summary: (answers, length) =>
    answers === 1
      ? `Offene Antwort, bis ${number(length)} Zeichen`
      : `Bis zu ${number(answers)} offene Antworten, je bis ${number(length)} Zeichen`,
  noAnswers: "Noch keine Antworten.",
  hide: "Ausblenden",
  show: "Wieder zeigen",
  approve: "Freigeben",
  hidden: "Ausgeblendet",
  pending: "Wartet auf Freigabe",
  answersBehind: "Antworten ansehen",
  people: (n) => count(n, { one: "# Person", other: "# Personen" }),
  listLabel: "Antworten, die häufigsten zuerst",
};

/** Was die Abstimmungsseite (Start- und Veranstaltungsseite) lädt: ohne die Texte der anderen Seiten. */
export const deForVoters: VoterStrings = { ...common, home, voter };

export const de: Strings = { ...deForVoters, create, screen, console: moderatorConsole, report, words };
