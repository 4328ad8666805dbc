// Deutsch: alle Texte aller Seiten, mit denselben Schlüsseln wie en.ts.
import type { Strings, VoterStrings } from "./en.js";

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

const common: Omit<VoterStrings, "home" | "create" | "voter"> = {
  languageLabel: "Sprache",
  reconnecting: "Verbindung unterbrochen. Neuer Versuch …",
  connecting: "Verbinden …",
  votes: (n) => plural(n, "Stimme", "Stimmen"),
  respondents: (n) => `${n} ${n === 1 ? "Person hat" : "Personen haben"} geantwortet`,
  percentOfRespondents: "% der Antwortenden",
  stars: (n) => plural(n, "Stern", "Sterne"),
  ratingOutOf: (value, scale) => `${value} von ${scale}`,
  ratingWords: ["Schlecht", "Mäßig", "Gut", "Sehr gut", "Ausgezeichnet"],
  averageRating: "Durchschnittliche Bewertung",
  votingOpen: "Abstimmung läuft",
  votingClosed: "Abstimmung beendet",
  noSuchEvent: (code) => `Es gibt keine Veranstaltung mit dem Code „${code}“.`,
  eventGone: "Diese Veranstaltung ist beendet oder wurde gelöscht.",
};

const home: Strings["home"] = {
  title: "Handzeichen: live abstimmen",
  heading: "An einer Abstimmung teilnehmen",
  codeLabel: "Code der Veranstaltung",
  codeHint: "Den Code sehen Sie vorne auf der Leinwand, zum Beispiel 123456.",
  join: "Teilnehmen",
  checking: "Wird geprüft …",
  noCode: "Bitte geben Sie den Code der Veranstaltung ein.",
  unknownCode: (code) => `Es gibt keine Veranstaltung mit dem Code „${code}“. Bitte prüfen Sie ihn.`,
  offline: "Keine Verbindung zum Server. Bitte versuchen Sie es noch einmal.",
  organiser: "Sie leiten einen Vortrag oder ein Treffen?",
  createToggle: "Veranstaltung anlegen",
};

const create: Strings["create"] = {
  titleLabel: "Titel der Veranstaltung",
  codeLabel: "Code (freiwillig)",
  codeHint: "3 bis 32 Buchstaben, Ziffern oder Bindestriche. Leer lassen für einen zufälligen 6-stelligen Code.",
  localeLabel: "Sprache für das Publikum",
  submit: "Veranstaltung anlegen",
  creating: "Wird angelegt …",
  readyHeading: "Ihre Veranstaltung ist bereit",
  keyWarning:
    "Das ist Ihr Moderationslink. Bewahren Sie ihn gut auf und geben Sie ihn nicht weiter: Wer ihn hat, kann Ihre Umfragen ändern. Er wird nur dieses eine Mal angezeigt.",
  moderatorLink: "Moderationslink",
  copy: "Kopieren",
  copied: "Kopiert",
  openConsole: "Moderation öffnen",
  codeTaken: "Dieser Code ist schon vergeben. Bitte wählen Sie einen anderen.",
  failed: (message) => `Die Veranstaltung konnte nicht angelegt werden: ${message}`,
};

const voter: Strings["voter"] = {
  title: (event) => `${event}: abstimmen`,
  otherCode: "Anderen Code eingeben",
  accessHeading: "Diese Veranstaltung braucht einen Zugangscode",
  accessText: "Den Zugangscode nennen Ihnen die Veranstalter im Saal.",
  accessLabel: "Zugangscode",
  accessSubmit: "Weiter",
  accessWrong: "Dieser Zugangscode stimmt nicht. Bitte prüfen Sie ihn und versuchen Sie es noch einmal.",
  accessChecking: "Wird geprüft …",
  accessLimited:
    "Aus diesem Netz kamen zu viele falsche Codes. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.",
  waitingHeading: "Warten auf die nächste Frage",
  waitingText: "Lassen Sie diese Seite offen. Die nächste Frage erscheint hier von selbst.",
  chooseOne: "Wählen Sie eine Antwort.",
  chooseExactly: (n) => `Wählen Sie genau ${n} Antworten.`,
  chooseUpTo: (n) => `Wählen Sie bis zu ${n} Antworten.`,
  chooseBetween: (min, max) => `Wählen Sie ${min} bis ${max} Antworten.`,
  chosenCount: (n, max) => `${n} von ${max} gewählt.`,
  maxReached: (max) => `Sie haben ${max} gewählt. Für eine andere Antwort entfernen Sie zuerst ein Häkchen.`,
  chooseAtLeast: (n) => (n === 1 ? "Bitte wählen Sie eine Antwort." : `Bitte wählen Sie mindestens ${n} Antworten.`),
  rateHint: (scale) => `Wählen Sie 1 bis ${scale} Sterne.`,
  pickRating: "Bitte wählen Sie eine Anzahl Sterne.",
  notRated: "Noch keine Sterne gewählt.",
  send: "Stimme abgeben",
  saveChange: "Änderung speichern",
  sending: "Wird gesendet …",
  keepVote: "Stimme behalten",
  offlineSend: "Warten auf die Verbindung …",
  thanks: "Danke! Ihre Stimme wurde gezählt.",
  yourAnswer: "Ihre Antwort",
  yourRating: "Ihre Bewertung",
  youDidNotVote: "Sie haben bei dieser Frage nicht abgestimmt.",
  changeVote: "Stimme ändern",
  yourChoice: "Ihre Wahl",
  resultsSoFar: "Bisheriges Ergebnis",
  finalResults: "Endergebnis",
  resultsWhenClosed: "Das Ergebnis erscheint hier, wenn die Abstimmung beendet ist.",
  resultsHidden: "Das Ergebnis dieser Frage wird hier nicht gezeigt.",
  errors: {
    POLL_CLOSED: "Die Abstimmung zu dieser Frage wurde gerade beendet.",
    INVALID_VOTE: "Diese Stimme wurde nicht angenommen. Bitte prüfen Sie Ihre Wahl und versuchen Sie es noch einmal.",
    RATE_LIMITED: "Zu viele Versuche. Bitte warten Sie einen Moment.",
    other: "Ihre Stimme konnte nicht gesendet werden. Bitte versuchen Sie es noch einmal.",
  },
};

const screen: Strings["screen"] = {
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
  summaryChoice: (n) => `${n} ${n === 1 ? "Person hat" : "Personen haben"} geantwortet.`,
};

const moderatorConsole: Strings["console"] = {
  title: (event) => `${event}: Moderation`,
  brand: "Handzeichen Moderation",
  keyHeading: "Moderationsschlüssel nötig",
  keyText: "Öffnen Sie diese Seite mit Ihrem Moderationslink oder fügen Sie den Schlüssel daraus hier ein.",
  keyLabel: "Moderationsschlüssel",
  keySubmit: "Weiter",
  keyWrong: "Dieser Schlüssel passt nicht zu dieser Veranstaltung. Bitte prüfen Sie Ihren Moderationslink.",
  keyLimited:
    "Zu viele falsche Schlüssel von hier. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.",
  links: "Links",
  voterLink: "Abstimmungsseite für das Publikum",
  presentLink: "Leinwand (Beamer)",
  overlayLink: "Stream-Overlay (OBS-Browserquelle)",
  overlayOptions:
    "Overlay-Optionen, an den Link angehängt: ?position=bottom|top|left|right, theme=dark|light, scale=1.5, poll=ID, code=0, qr=1, bg=chroma, lang=de|en",
  copy: "Kopieren",
  copied: "Kopiert",
  open: "Öffnen",
  qrFor: (what) => `QR-Code: ${what}`,
  copyModeratorLink: "Moderationslink kopieren",
  settings: "Einstellungen der Veranstaltung",
  titleLabel: "Titel",
  localeLabel: "Sprache für das Publikum",
  accessCodeLabel: "Zugangscode zum Abstimmen (freiwillig)",
  accessCodeHint:
    "Wenn gesetzt, muss man ihn eingeben, bevor man abstimmen kann: Nennen Sie ihn im Saal, nicht im Stream. Leer lassen, damit alle mit dem Link abstimmen können.",
  saveSettings: "Einstellungen speichern",
  saved: "Gespeichert",
  exportCsv: "Ergebnisse herunterladen (CSV)",
  exportJson: "Ergebnisse herunterladen (JSON)",
  exportXlsx: "Ergebnisse herunterladen (Excel)",
  openReport: "Ergebnisbericht zum Drucken",
  exportFailed: "Die Ergebnisse konnten nicht heruntergeladen werden. Bitte versuchen Sie es noch einmal.",
  polls: "Umfragen",
  noPolls: "Noch keine Umfragen. Legen Sie die erste an.",
  newPoll: "Neue Umfrage",
  editPoll: "Umfrage bearbeiten",
  position: (n) => `Nr. ${n}`,
  stateDraft: "Entwurf",
  stateOpen: "Offen",
  stateClosed: "Beendet",
  presented: "Auf der Leinwand",
  choiceSummary: (min, max, options) =>
    min === max
      ? `Auswahl: genau ${max} von ${options}`
      : min === 1
        ? `Auswahl: bis zu ${max} von ${options}`
        : `Auswahl: ${min} bis ${max} von ${options}`,
  ratingSummary: (scale) => `Bewertung: 1 bis ${scale} Sterne`,
  actionOpen: "Abstimmung starten",
  actionClose: "Abstimmung beenden",
  actionReopen: "Wieder öffnen",
  actionEdit: "Bearbeiten",
  actionDuplicate: "Duplizieren",
  actionUp: "Nach oben",
  actionDown: "Nach unten",
  actionReset: "Stimmen zurücksetzen",
  actionDelete: "Löschen",
  moreActions: "Weitere Aktionen für diese Umfrage",
  visibilityLabel: "Ergebnis für das Publikum",
  visibility: {
    live: "Live, nach der Stimmabgabe",
    closed: "Nach Ende der Abstimmung",
    hidden: "Verborgen (nur hier)",
  },
  confirmReset: (question, votes) =>
    `„${question}“ zurücksetzen? ${votes === 1 ? "Die 1 Stimme wird" : `Alle ${votes} Stimmen werden`} gelöscht. Das lässt sich nicht rückgängig machen.`,
  confirmDelete: (question, votes) =>
    `„${question}“${votes > 0 ? ` mit ${votes === 1 ? "1 Stimme" : `${votes} Stimmen`}` : ""} löschen? Das lässt sich nicht rückgängig machen.`,
  confirm: "Ja, ausführen",
  cancel: "Abbrechen",
  form: {
    type: "Art der Umfrage",
    choice: "Auswahl",
    rating: "Bewertung mit Sternen",
    question: "Frage",
    options: "Antworten",
    option: (n) => `Antwort ${n}`,
    removeOption: (n) => `Antwort ${n} entfernen`,
    addOption: "Antwort hinzufügen",
    minSelections: "Man wählt mindestens",
    maxSelections: "und höchstens",
    scale: "Anzahl der Sterne",
    save: "Speichern",
    create: "Umfrage anlegen",
    cancel: "Abbrechen",
    lockedByVotes: "Diese Umfrage hat schon Stimmen: Um Antworten oder Sterne zu ändern, setzen Sie sie zuerst zurück.",
  },
  failed: (message) => `Das hat nicht geklappt: ${message}`,
  dismiss: "Ausblenden",
  voteBurst: (newParticipants, seconds, connected) =>
    `Ungewöhnlich: ${newParticipants} neue Teilnehmende haben innerhalb von ${seconds} Sekunden abgestimmt, verbunden sind ${connected}. Vielleicht stimmt jemand mehrfach ab.`,
};

const report: Strings["report"] = {
  title: (event) => `${event}: Ergebnisbericht`,
  brand: "Handzeichen · Ergebnisbericht",
  toolbar: "Aktionen zum Bericht",
  backToConsole: "Zurück zur Moderationskonsole",
  print: "Drucken / Als PDF speichern",
  loading: "Die Ergebnisse werden geladen …",
  keyNeeded: "Für diesen Bericht braucht es den Moderationsschlüssel. Bitte öffnen Sie ihn aus der Moderationskonsole.",
  keyWrong:
    "Der Moderationsschlüssel passt nicht zu dieser Veranstaltung. Bitte öffnen Sie die Moderationskonsole mit Ihrem Moderationslink.",
  failed: "Die Ergebnisse konnten nicht geladen werden. Bitte laden Sie die Seite neu.",
  date: "Datum",
  code: "Code der Veranstaltung",
  asOf: "Ergebnisse vom",
  noPolls: "In dieser Veranstaltung wurde noch keine Umfrage geöffnet.",
  pollLabel: (n) => `Frage ${n}`,
  respondents: (n) => `n = ${n} ${n === 1 ? "antwortende Person" : "Antwortende"}`,
  stillOpen: "Die Abstimmung läuft noch: vorläufige Ergebnisse.",
  percentNote: (maxSelections) =>
    maxSelections > 1
      ? `Anteile in % der Antwortenden. Jede Person konnte bis zu ${maxSelections} Antworten wählen, daher ergeben die Anteile zusammen mehr als 100 %.`
      : "Anteile in % der Antwortenden.",
  ratingNote: "Verteilung in % der Antwortenden.",
  average: (value, scale) => `${value} von ${scale}`,
  quote: (text) => `„${text}“`,
  list: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} und ${items[items.length - 1]}`,
  nobodyAnswered: "Niemand hat geantwortet.",
  choseLead: (percent, options, tied) => (tied ? `Je ${percent} wählten ${options}` : `${percent} wählten ${options}`),
  choseNext: (percent, options, tied) =>
    tied ? `dahinter ${options} mit je ${percent}` : `dahinter ${options} mit ${percent}`,
  ratedAverage: (average, scale) => `Im Durchschnitt wurde mit ${average} von ${scale} bewertet`,
  ratedTop: (percent, stars) => `${percent} gaben ${stars}`,
};

export const deForVoters: VoterStrings = { ...common, home, create, voter };

export const de: Strings = { ...deForVoters, screen, console: moderatorConsole, report };
