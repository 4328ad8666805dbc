// Polski: wszystkie teksty wszystkich stron (klucze: client/i18n/strings.ts; słowniczek: docs/translations.md).
// Neutralny styl aplikacji: tryb rozkazujący („Wybierz”) i formy bezosobowe, bez „Pan/Pani”;
// formy liczby przez Intl.PluralRules (1 głos, 2 głosy, 5 głosów).
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

const { count, number } = counting("pl");

const stars = (n: number) =>
  count(n, { one: "# gwiazdka", few: "# gwiazdki", many: "# gwiazdek", other: "# gwiazdki" });

const common: CommonStrings = {
  locale: "pl",
  languageLabel: "Język",
  separator: "; ",
  reconnecting: "Brak połączenia. Próbujemy ponownie…",
  connecting: "Łączenie…",
  votes: (n) => count(n, { one: "# głos", few: "# głosy", many: "# głosów", other: "# głosu" }),
  respondents: (n) =>
    count(n, {
      one: "# osoba zagłosowała",
      few: "# osoby zagłosowały",
      many: "# osób zagłosowało",
      other: "# osoby zagłosowało",
    }),
  stars,
  ratingOutOf: (value, scale) => `${value} z ${number(scale)}`,
  ratingWords: ["Słabo", "Może być", "Dobrze", "Bardzo dobrze", "Świetnie"],
  averageRating: "Średnia ocena",
  votingOpen: "Głosowanie trwa",
  votingClosed: "Głosowanie zakończone",
  noSuchEvent: (code) => `Nie ma wydarzenia z kodem „${code}”.`,
  eventGone: "To wydarzenie się skończyło albo zostało usunięte.",
};

const home: HomeStrings = {
  title: "Handzeichen: głosowanie na żywo",
  heading: "Weź udział w głosowaniu",
  codeLabel: "Kod wydarzenia",
  codeHint: "Kod widać na ekranie z przodu sali, na przykład 123456.",
  join: "Dołącz",
  checking: "Sprawdzanie…",
  noCode: "Wpisz kod wydarzenia.",
  unknownCode: (code) => `Nie ma wydarzenia z kodem „${code}”. Sprawdź kod.`,
  offline: "Brak połączenia z serwerem. Spróbuj ponownie.",
  organiser: "Prowadzisz wykład albo spotkanie?",
  createLink: "Utwórz wydarzenie",
};

const create: CreateStrings = {
  title: "Handzeichen: utwórz wydarzenie",
  heading: "Nowe wydarzenie",
  titleLabel: "Nazwa wydarzenia",
  codeLabel: "Kod (można zostawić puste)",
  codeHint: "Od 3 do 32 liter łacińskich (a–z), cyfr lub myślników. Puste pole da losowy kod z 6 cyfr.",
  localeLabel: "Język wydarzenia",
  submit: "Utwórz wydarzenie",
  creating: "Tworzenie…",
  readyHeading: "Wydarzenie jest gotowe",
  keyWarning:
    "To jest link moderatora. Przechowuj go bezpiecznie i nikomu nie przekazuj: każdy, kto go ma, może zmieniać ankiety. Ten link widać tylko ten jeden raz.",
  moderatorLink: "Link moderatora",
  copy: "Kopiuj",
  copied: "Skopiowano",
  openConsole: "Otwórz stronę moderatora",
  codeTaken: "Ten kod jest już zajęty. Wybierz inny.",
  invalid: "Sprawdź nazwę i kod.",
  limited: "Z tej sieci utworzono zbyt wiele nowych wydarzeń. Spróbuj później.",
  failed: "Nie udało się utworzyć wydarzenia. Spróbuj ponownie.",
};

/** After "do", "od" and "z" the answers stand in the genitive: "do 2 odpowiedzi". */
const answersGenitive = (n: number) =>
  count(n, { one: "# odpowiedzi", few: "# odpowiedzi", many: "# odpowiedzi", other: "# odpowiedzi" });

const voter: VotingStrings = {
  title: (event) => `${event}: głosowanie`,
  otherCode: "Wpisz inny kod",
  accessHeading: "To wydarzenie wymaga kodu dostępu",
  accessText: "Kod dostępu podają organizatorzy na sali.",
  accessLabel: "Kod dostępu",
  accessSubmit: "Dalej",
  accessWrong: "Ten kod dostępu jest niepoprawny. Sprawdź go i spróbuj ponownie.",
  accessChecking: "Sprawdzanie…",
  accessLimited: "Z tej sieci przyszło zbyt wiele błędnych kodów. Poczekaj minutę i spróbuj ponownie.",
  waitingHeading: "Czekamy na następne pytanie",
  waitingText: "Nie zamykaj tej strony. Następne pytanie pojawi się tu samo.",
  chooseOne: "Wybierz jedną odpowiedź.",
  chooseExactly: (n) =>
    count(n, {
      one: "Wybierz dokładnie # odpowiedź.",
      few: "Wybierz dokładnie # odpowiedzi.",
      many: "Wybierz dokładnie # odpowiedzi.",
      other: "Wybierz dokładnie # odpowiedzi.",
    }),
  chooseUpTo: (max) =>
    count(max, {
      one: "Wybierz maksymalnie # odpowiedź.",
      few: "Wybierz maksymalnie # odpowiedzi.",
      many: "Wybierz maksymalnie # odpowiedzi.",
      other: "Wybierz maksymalnie # odpowiedzi.",
    }),
  chooseBetween: (min, max) => `Wybierz od ${number(min)} do ${answersGenitive(max)}.`,
  chosenCount: (n, max) => `Wybrano ${number(n)} z ${number(max)}.`,
  maxReached: (max) => `Wybrano ${number(max)}. Aby wybrać inną odpowiedź, najpierw odznacz jedną.`,
  chooseAtLeast: (n) =>
    n === 1
      ? "Wybierz odpowiedź."
      : count(n, {
          one: "Wybierz co najmniej # odpowiedź.",
          few: "Wybierz co najmniej # odpowiedzi.",
          many: "Wybierz co najmniej # odpowiedzi.",
          other: "Wybierz co najmniej # odpowiedzi.",
        }),
  rateHint: (scale) =>
    `Wybierz od 1 do ${count(scale, { one: "# gwiazdki", few: "# gwiazdek", many: "# gwiazdek", other: "# gwiazdki" })}.`,
  pickRating: "Wybierz liczbę gwiazdek.",
  notRated: "Nie wybrano jeszcze gwiazdek.",
  send: "Wyślij głos",
  saveChange: "Zapisz zmianę",
  sending: "Wysyłanie…",
  keepVote: "Zostaw głos bez zmian",
  sendWhenOnline: "Brak połączenia – głos zostanie wysłany, gdy wrócisz do sieci",
  connectionBack: "Połączenie wróciło.",
  readAloud: "Przeczytaj na głos",
  counted: "Głos został policzony.",
  thanks: "Dziękujemy! Głos został policzony.",
  yourAnswer: "Twoja odpowiedź",
  yourRating: "Twoja ocena",
  youDidNotVote: "W tym pytaniu nie oddano głosu.",
  changeVote: "Zmień głos",
  yourChoice: "Twój wybór",
  resultsSoFar: "Wyniki do tej pory",
  finalResults: "Wyniki końcowe",
  resultsWhenClosed: "Wyniki pojawią się tutaj po zakończeniu głosowania.",
  resultsHidden: "Wyniki tego pytania nie są tutaj pokazywane.",
  errors: {
    POLL_CLOSED: "Głosowanie nad tym pytaniem właśnie się zakończyło.",
    INVALID_VOTE: "Ten głos nie został przyjęty. Sprawdź swój wybór i spróbuj ponownie.",
    RATE_LIMITED: "Zbyt wiele prób. Poczekaj chwilę i spróbuj ponownie.",
    other: "Nie udało się wysłać głosu. Spróbuj ponownie.",
  },
  pollText: { showOriginal: "Pokaż oryginał", showTranslation: "Pokaż po polsku" },
  views: { poll: "Ankieta", questions: "Pytania" },
};

const screen: ScreenStrings = {
  title: (event) => `${event}: wyniki`,
  joinHeading: "Głosuj telefonem",
  scan: "Zeskanuj kod aparatem",
  orGoTo: "albo wejdź na",
  code: "Kod",
  qrLabel: (url) => `Kod QR do ${url}`,
  waitingHeading: "Następne pytanie pojawi się tutaj.",
  waitingText: "Dołącz już teraz, żeby nie przegapić początku głosowania.",
  closedBadge: "Głosowanie zakończone · wyniki końcowe",
  openBadge: "Głosowanie trwa",
  resultsHidden: "Wyniki tego pytania nie są pokazywane.",
  announceOpen: (question) => `Głosowanie trwa: ${question}`,
  announceClosed: (question) => `Głosowanie zakończone: ${question}`,
  qa: {
    heading: "Pytania od uczestników",
    label: "Pytanie od uczestnika",
    empty: "Nie ma jeszcze pytań. Zadaj pytanie na telefonie.",
    askedBy: (name) => `Pyta: ${name}`,
    others: "Inne pytania",
    announce: (question) => `Teraz odpowiadamy na pytanie: ${question}`,
    joinHeading: "Zadaj pytanie telefonem",
  },
};

const lockedByVotes = "Ta ankieta ma już głosy. Aby zmienić odpowiedzi lub gwiazdki, najpierw wyzeruj głosy.";

const moderatorConsole: ConsoleStrings = {
  title: (event) => `${event}: strona moderatora`,
  brand: "Handzeichen · strona moderatora",
  keyHeading: "Otwórz swój link moderatora",
  keyText: "Otwórz tę stronę przez link moderatora albo wklej tutaj link.",
  keyLabel: "Link moderatora",
  keySubmit: "Dalej",
  keyWrong: "Ten link nie pasuje do tego wydarzenia. Sprawdź link moderatora.",
  keyLimited: "Zbyt wiele błędnych prób z tej sieci. Poczekaj minutę i spróbuj ponownie.",
  links: "Linki",
  voterLink: "Strona do głosowania dla publiczności",
  presentLink: "Ekran projektora",
  overlayLink: "Nakładka na transmisję na żywo (OBS)",
  overlaySettings: "Zmień wygląd nakładki",
  overlayPlace: "Miejsce",
  places: { bottom: "Na dole", top: "Na górze", left: "Po lewej", right: "Po prawej" },
  overlayColours: "Kolory",
  colours: { dark: "Jasny tekst na ciemnym tle", light: "Ciemny tekst na jasnym tle" },
  overlayQa: "Pokaż tylko wyróżnione pytanie od uczestników",
  overlayJoin: "Pokaż, jak dołączyć",
  overlayQr: "Pokaż kod QR",
  overlayGreen: "Zielone tło (do kluczowania)",
  overlayLanguage: "Język",
  eventLanguage: "Język wydarzenia",
  copy: "Kopiuj",
  copied: "Skopiowano",
  open: "Otwórz",
  qrFor: (what) => `Kod QR: ${what}`,
  copyModeratorLink: "Kopiuj link moderatora",
  settings: "Ustawienia wydarzenia",
  titleLabel: "Nazwa wydarzenia",
  localeLabel: "Język wydarzenia",
  localeHint:
    "Ekran projektora pokazuje ten język. Telefony pokazują swój język, jeśli jest dostępny, a jeśli nie – ten.",
  accessCodeLabel: "Kod dostępu do głosowania (można zostawić puste)",
  accessCodeHint:
    "Jeśli ustawisz kod, trzeba go będzie wpisać przed głosowaniem. Podaj go na sali, nie w transmisji. Jeśli pole zostanie puste, głosować może każdy, kto ma link.",
  saveSettings: "Zapisz ustawienia",
  saved: "Zapisano",
  exportCsv: "Pobierz wyniki (CSV)",
  exportJson: "Pobierz wyniki (JSON)",
  exportXlsx: "Pobierz wyniki (Excel)",
  openReport: "Wyniki do druku",
  exportFailed: "Nie udało się pobrać wyników. Spróbuj ponownie.",
  polls: "Ankiety",
  noPolls: "Nie ma jeszcze ankiet. Utwórz pierwszą.",
  newPoll: "Nowa ankieta",
  editPoll: "Zmień ankietę",
  position: (n) => `Nr ${number(n)}`,
  stateDraft: "Nierozpoczęta",
  stateOpen: "Głosowanie trwa",
  stateClosed: "Zakończona",
  presented: "Na ekranie",
  choiceSummary: (min, max, options) =>
    min === max
      ? `Wybór: ${number(max)} z ${answersGenitive(options)}`
      : min === 1
        ? `Wybór: do ${number(max)} z ${answersGenitive(options)}`
        : `Wybór: od ${number(min)} do ${number(max)} z ${answersGenitive(options)}`,
  ratingSummary: (scale) => `Gwiazdki od 1 do ${number(scale)}`,
  actionOpen: "Rozpocznij głosowanie",
  actionClose: "Zakończ głosowanie",
  actionReopen: "Rozpocznij głosowanie ponownie",
  actionEdit: "Zmień",
  actionDuplicate: "Kopiuj",
  actionUp: "W górę",
  actionDown: "W dół",
  actionReset: "Wyzeruj głosy",
  actionDelete: "Usuń",
  moreActions: "Więcej dla tej ankiety",
  visibilityLabel: "Wyniki dla publiczności",
  visibility: {
    live: "Pokaż po oddaniu głosu",
    closed: "Pokaż po zakończeniu głosowania",
    hidden: "Nie pokazuj (tylko tutaj)",
  },
  confirmReset: (question, votes) =>
    `Wyzerować głosy w „${question}”? ${count(votes, {
      one: "# głos zostanie usunięty.",
      few: "# głosy zostaną usunięte.",
      many: "# głosów zostanie usuniętych.",
      other: "# głosu zostanie usunięte.",
    })} Tego nie da się cofnąć.`,
  confirmDelete: (question, votes) =>
    votes > 0
      ? `Usunąć „${question}” razem z ${count(votes, {
          one: "# głosem",
          few: "# głosami",
          many: "# głosami",
          other: "# głosu",
        })}? Tego nie da się cofnąć.`
      : `Usunąć „${question}”? Tego nie da się cofnąć.`,
  confirm: "Tak, wykonaj",
  cancel: "Anuluj",
  form: {
    type: "Rodzaj ankiety",
    choice: "Wybór z odpowiedzi",
    rating: "Ocena gwiazdkami",
    question: "Pytanie",
    options: "Odpowiedzi",
    option: (n) => `Odpowiedź ${number(n)}`,
    removeOption: (n) => `Usuń odpowiedź ${number(n)}`,
    addOption: "Dodaj odpowiedź",
    minSelections: "Każdy wybiera co najmniej",
    maxSelections: "i co najwyżej",
    scale: "Liczba gwiazdek",
    save: "Zapisz",
    create: "Utwórz ankietę",
    cancel: "Anuluj",
    lockedByVotes,
  },
  problems: {
    INVALID_REQUEST:
      "Tego nie przyjęto. Sprawdź wpisane dane: żadne pole nie może być puste i żadna odpowiedź nie może się powtarzać.",
    UNAUTHORIZED: "Link moderatora nie pasuje do tego wydarzenia.",
    FORBIDDEN: "To nie jest tutaj dozwolone.",
    NOT_FOUND: "Ta ankieta lub to wydarzenie już nie istnieje.",
    EVENT_CODE_TAKEN: "Ten kod jest już zajęty. Wybierz inny.",
    INVALID_TRANSITION: "Teraz to niemożliwe. Ankieta w międzyczasie się zmieniła.",
    POLL_HAS_VOTES: lockedByVotes,
    POLL_CLOSED: "Głosowanie w tej ankiecie jest zakończone.",
    ACCESS_CODE_REQUIRED: "Brak kodu dostępu albo kod jest niepoprawny.",
    INVALID_VOTE: "Ten głos nie został przyjęty.",
    PAYLOAD_TOO_LARGE: "To jest za długie. Skróć tekst.",
    RATE_LIMITED: "Zbyt wiele prób w krótkim czasie. Poczekaj minutę i spróbuj ponownie.",
    QA_DISABLED: "Pytania na tym wydarzeniu są teraz wyłączone.",
    INTERNAL: "Na serwerze wystąpił błąd. Spróbuj ponownie.",
    OFFLINE: "Brak połączenia z serwerem. Sprawdź sieć i spróbuj ponownie.",
  },
  dismiss: "Zamknij",
  voteBurst: (newParticipants, seconds, connected) =>
    `Nietypowe: w ciągu ${count(seconds, {
      one: "# sekundy",
      few: "# sekund",
      many: "# sekund",
      other: "# sekundy",
    })} ${count(newParticipants, {
      one: "zagłosowała # nowa osoba",
      few: "zagłosowały # nowe osoby",
      many: "zagłosowało # nowych osób",
      other: "zagłosowało # nowej osoby",
    })}, a połączonych telefonów jest tylko ${number(connected)}. Być może ktoś głosuje wiele razy.`,
  // What the projector shows (the screen choice).
  screenChoice: {
    heading: "Ekran projektora",
    showsJoin: "Teraz na ekranie: jak dołączyć (kod QR i kod wydarzenia).",
    showsPoll: (question) => `Teraz na ekranie: ankieta „${question}”.`,
    closedHint: "Głosowanie zakończone. Wyniki zostaną na ekranie, dopóki nie zostanie wybrane coś innego.",
    showJoin: "Pokaż, jak dołączyć",
    showPoll: "Pokaż na ekranie",
    showsQa: "Teraz na ekranie: pytania od uczestników.",
    showQa: "Pokaż pytania",
  },
  translations: {
    heading: "Tłumaczenia",
    hint: "Jeśli tu jest tłumaczenie, telefony pokazują pytanie i odpowiedzi w swoim języku. Jeśli nie, pokazują oryginał.",
    language: "Język",
    add: "Dodaj tłumaczenie",
    remove: "Usuń tłumaczenie",
    original: "Oryginał",
    questionMissing: (language) => `${language}: wpisz pytanie w tym języku.`,
    optionsMissing: (language) =>
      `${language}: brakuje niektórych odpowiedzi. Przetłumacz wszystkie odpowiedzi albo żadnej.`,
  },
  // Pytania od uczestników na stronie moderatora.
  qa: {
    heading: "Pytania od uczestników",
    onlyHeading: "Moderowanie pytań",
    onlyText:
      "Z tym linkiem można zatwierdzać, odrzucać i wyróżniać pytania oraz oznaczać, że padła odpowiedź. Ankiet i ustawień tu nie ma.",
    off: "Pytania są wyłączone. Uczestnicy nie mogą teraz zadawać pytań.",
    settings: "Ustawienia pytań",
    enabled: "Uczestnicy mogą zadawać pytania",
    preModeration: "Najpierw zatwierdzaj każde pytanie",
    preModerationHint: "Wtedy nowe pytania widzą tylko moderatorzy. Wszyscy inni zobaczą je po zatwierdzeniu.",
    names: "Zezwól na imiona",
    blockedWords: "Zablokowane słowa (jedno słowo w wierszu)",
    blockedWordsHint: "Pytanie z jednym z tych słów zawsze czeka na zatwierdzenie.",
    blockedWordTooLong: (word, max) =>
      `„${word}” jest za długie. Zablokowane słowo może mieć najwyżej ${count(max, { one: "# znak", few: "# znaki", many: "# znaków", other: "# znaku" })}.`,
    tooManyBlockedWords: (max) => `Za dużo zablokowanych słów. Można podać najwyżej ${number(max)}.`,
    save: "Zapisz ustawienia pytań",
    queue: (n) => `Czekają na zatwierdzenie (${number(n)})`,
    queueEmpty: "Żadne pytanie nie czeka na zatwierdzenie.",
    shown: (n) => `Pytania widoczne dla wszystkich (${number(n)})`,
    shownEmpty: "Nie ma jeszcze pytań.",
    answeredSection: (n) => `Z odpowiedzią (${number(n)})`,
    archivedSection: (n) => `W archiwum (${number(n)})`,
    rejectedSection: (n) => `Odrzucone (${number(n)})`,
    upvotes: (n) => count(n, { one: "# polubienie", few: "# polubienia", many: "# polubień", other: "# polubienia" }),
    highlighted: "Wyróżnione",
    askedBy: (name) => `Od: ${name}`,
    approve: "Zatwierdź",
    reject: "Odrzuć",
    highlight: "Wyróżnij",
    answered: "Odpowiedziano",
    archive: "Do archiwum",
    showAgain: "Pokaż znowu wszystkim",
    delete: "Usuń",
    confirmDelete: (question) => `Usunąć pytanie „${question}”? Tego nie można cofnąć.`,
    shortcuts: "Skróty klawiszowe",
    shortcutsHint: "Klawisze nie działają podczas pisania w polu.",
    keys: {
      next: "Następne pytanie",
      previous: "Poprzednie pytanie",
      approve: "Zatwierdź",
      reject: "Odrzuć",
      highlight: "Wyróżnij lub cofnij wyróżnienie",
      answered: "Oznacz: odpowiedziano",
    },
    link: {
      heading: "Link tylko do pytań",
      hint: "Dla osoby do pomocy: z tym linkiem może zatwierdzać i wyróżniać pytania oraz oznaczać odpowiedzi, ale nie może zmieniać ankiet ani ustawień.",
      make: "Utwórz link",
      remake: "Utwórz nowy link",
      label: "Link do moderowania pytań",
      shownOnce: "Ten link widać tylko teraz. Skopiuj go i przekaż dalej. Nowy link wyłącza stary.",
      revoke: "Wyłącz link",
      revoked: "Link do pytań już nie działa.",
    },
    problems: {
      INVALID_TRANSITION: "Teraz to niemożliwe. Pytanie w międzyczasie się zmieniło.",
      NOT_FOUND: "Tego pytania już nie ma.",
      INVALID_REQUEST: "Nie przyjęto. Sprawdź zablokowane słowa.",
    },
  },
};

const report: ReportStrings = {
  title: (event) => `${event}: raport wyników`,
  brand: "Handzeichen · raport wyników",
  toolbar: "Narzędzia raportu",
  backToConsole: "Wróć do strony moderatora",
  print: "Drukuj / Zapisz jako PDF",
  loading: "Wczytywanie wyników…",
  keyNeeded: "Aby zobaczyć wyniki, otwórz je ze strony moderatora.",
  keyWrong: "Link moderatora nie pasuje do tego wydarzenia. Otwórz stronę moderatora przez swój link moderatora.",
  failed: "Nie udało się wczytać wyników. Odśwież stronę.",
  date: "Data",
  code: "Kod wydarzenia",
  asOf: "Wyniki z dnia",
  noPolls: "W tym wydarzeniu nie rozpoczęto jeszcze żadnej ankiety.",
  pollLabel: (n) => `Pytanie ${number(n)}`,
  stillOpen: "Głosowanie wciąż trwa. To są wyniki do tej pory.",
  percentNote: (maxSelections) =>
    maxSelections > 1
      ? `Procent osób, które zagłosowały. Każdy mógł wybrać do ${answersGenitive(maxSelections)}, więc razem wychodzi ponad 100%.`
      : "Procent osób, które zagłosowały.",
  ratingNote: "Procent osób, które zagłosowały, dla każdej liczby gwiazdek.",
  quote: (text) => `„${text}”`,
  list: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} i ${items[items.length - 1]}`,
  nobodyAnswered: "Nikt nie zagłosował.",
  choiceSentence: (lead, next) => {
    const share = (group: typeof lead) => (group.tied ? `po ${group.percent}` : group.percent);
    const first = `Najczęściej wybierano ${lead.options} (${share(lead)})`;
    return next ? `${first}, potem ${next.options} (${share(next)}).` : `${first}.`;
  },
  ratingSentence: (average, scale, topShare) =>
    topShare === null
      ? `Średnia ocena: ${average} z ${number(scale)}.`
      : `Średnia ocena: ${average} z ${number(scale)}; najwyższą ocenę (${stars(scale)}) dało ${topShare} osób.`,
  qa: {
    heading: "Pytania od uczestników",
    note: "Najpierw pytania z odpowiedzią i otwarte. Na górze te z największą liczbą głosów.",
    states: {
      visible: "Otwarte",
      answered: "Z odpowiedzią",
      archived: "W archiwum",
      pending: "Niezatwierdzone",
      rejected: "Odrzucone",
    },
    askedBy: (name) => `Pyta: ${name}`,
  },
};

/** Open-text polls and the word cloud: the console and the screens (docs/api.md, "Open-text polls"). */
const words: WordsStrings = {
  kind: "Odpowiedzi otwarte (chmura słów)",
  maxAnswers: "Odpowiedzi na osobę",
  maxLength: "Znaków w odpowiedzi",
  preModeration: "Pokazuj odpowiedzi dopiero po zatwierdzeniu",
  stopWords: "Nie licz małych słów",
  stopWordsHint: "Nie licz małych słów, takich jak „i”, „w”, „to”. Wtedy „to kawa” i „kawa” to jedna odpowiedź.",
  stopWordsOn: "bez małych słów",
  summary: (answers, length) =>
    answers === 1
      ? `Odpowiedź otwarta, do ${number(length)} znaków`
      : `Do ${number(answers)} odpowiedzi otwartych, każda do ${number(length)} znaków`,
  noAnswers: "Nie ma jeszcze odpowiedzi.",
  hide: "Ukryj",
  show: "Pokaż znowu",
  approve: "Zatwierdź",
  hidden: "Ukryte",
  pending: "Czeka na zatwierdzenie",
  answersBehind: "Zobacz odpowiedzi",
  people: (n) => count(n, { one: "# osoba", few: "# osoby", many: "# osób", other: "# osoby" }),
  listLabel: "Odpowiedzi, najczęstsze najpierw",
};

/** Co wczytuje strona głosowania (strona główna i strona wydarzenia): bez tekstów innych stron. */
export const plForVoters: VoterStrings = { ...common, home, voter };

export const pl: Strings = { ...plForVoters, create, screen, console: moderatorConsole, report, words };
