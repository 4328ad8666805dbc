// Română: toate textele tuturor paginilor (chei: client/i18n/strings.ts; glosar: docs/translations.md).
// Formele de politețe („Alegeți”, „Vă rugăm”), „dumneavoastră” doar rar; numerale după Intl.PluralRules
// (1 vot, 2 voturi, 20 de voturi).
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

const { count, number } = counting("ro");

const stars = (n: number) => count(n, { one: "# stea", few: "# stele", other: "# de stele" });
const answers = (n: number) => count(n, { one: "# răspuns", few: "# răspunsuri", other: "# de răspunsuri" });

const common: CommonStrings = {
  locale: "ro",
  languageLabel: "Limba",
  separator: "; ",
  reconnecting: "Nu există conexiune. Încercăm din nou…",
  connecting: "Se conectează…",
  votes: (n) => count(n, { one: "# vot", few: "# voturi", other: "# de voturi" }),
  respondents: (n) =>
    count(n, { one: "# persoană a votat", few: "# persoane au votat", other: "# de persoane au votat" }),
  stars,
  ratingOutOf: (value, scale) => `${value} din ${number(scale)}`,
  ratingWords: ["Slab", "Acceptabil", "Bine", "Foarte bine", "Excelent"],
  averageRating: "Media",
  votingOpen: "Votul este deschis",
  votingClosed: "Votul s-a încheiat",
  noSuchEvent: (code) => `Nu există niciun eveniment cu codul „${code}”.`,
  eventGone: "Acest eveniment s-a încheiat sau a fost șters.",
};

const home: HomeStrings = {
  title: "Handzeichen: vot în direct",
  heading: "Participați la vot",
  codeLabel: "Codul evenimentului",
  codeHint: "Codul se vede pe ecranul din față, de exemplu 123456.",
  join: "Intrați",
  checking: "Se verifică…",
  noCode: "Vă rugăm să scrieți codul evenimentului.",
  unknownCode: (code) => `Nu există niciun eveniment cu codul „${code}”. Vă rugăm să verificați codul.`,
  offline: "Nu există conexiune la server. Vă rugăm să încercați din nou.",
  organiser: "Organizați o prezentare sau o întâlnire?",
  createLink: "Creați un eveniment",
};

const create: CreateStrings = {
  title: "Handzeichen: creați un eveniment",
  heading: "Eveniment nou",
  titleLabel: "Numele evenimentului",
  codeLabel: "Cod (poate rămâne gol)",
  codeHint: "Între 3 și 32 de litere latine (a–z), cifre sau cratime. Dacă îl lăsați gol, primiți un cod din 6 cifre.",
  localeLabel: "Limba evenimentului",
  submit: "Creați evenimentul",
  creating: "Se creează…",
  readyHeading: "Evenimentul este gata",
  keyWarning:
    "Acesta este linkul de moderator. Păstrați-l în siguranță și nu-l dați nimănui: oricine îl are poate schimba sondajele. Îl vedeți doar de data aceasta.",
  moderatorLink: "Link de moderator",
  copy: "Copiați",
  copied: "Copiat",
  openConsole: "Deschideți pagina de moderator",
  codeTaken: "Acest cod este deja folosit. Vă rugăm să alegeți altul.",
  invalid: "Vă rugăm să verificați numele și codul.",
  limited: "Din această rețea s-au creat prea multe evenimente noi. Vă rugăm să încercați mai târziu.",
  failed: "Evenimentul nu a putut fi creat. Vă rugăm să încercați din nou.",
};

const voter: VotingStrings = {
  title: (event) => `${event}: votați`,
  otherCode: "Scrieți alt cod",
  accessHeading: "Acest eveniment cere un cod de acces",
  accessText: "Organizatorii vă spun codul de acces în sală.",
  accessLabel: "Cod de acces",
  accessSubmit: "Continuați",
  accessWrong: "Acest cod de acces nu este corect. Vă rugăm să-l verificați și să încercați din nou.",
  accessChecking: "Se verifică…",
  accessLimited:
    "Din această rețea au venit prea multe coduri greșite. Vă rugăm să așteptați un minut, apoi să încercați din nou.",
  waitingHeading: "Așteptăm următoarea întrebare",
  waitingText: "Lăsați această pagină deschisă. Următoarea întrebare apare aici singură.",
  chooseOne: "Alegeți un răspuns.",
  chooseExactly: (n) => `Alegeți exact ${answers(n)}.`,
  chooseUpTo: (max) => `Alegeți cel mult ${answers(max)}.`,
  chooseBetween: (min, max) => `Alegeți între ${number(min)} și ${answers(max)}.`,
  chosenCount: (n, max) => `Ales: ${number(n)} din ${number(max)}.`,
  maxReached: (max) => `Ați ales ${number(max)}. Pentru alt răspuns, debifați mai întâi unul.`,
  chooseAtLeast: (n) => (n === 1 ? "Vă rugăm să alegeți un răspuns." : `Vă rugăm să alegeți cel puțin ${answers(n)}.`),
  rateHint: (scale) => `Alegeți între 1 și ${stars(scale)}.`,
  pickRating: "Vă rugăm să alegeți numărul de stele.",
  notRated: "Încă nu ați ales stele.",
  send: "Trimiteți votul",
  saveChange: "Salvați schimbarea",
  sending: "Se trimite…",
  keepVote: "Păstrați votul",
  sendWhenOnline: "Nu există conexiune – votul se trimite când reveniți online",
  connectionBack: "Conexiunea a revenit.",
  readAloud: "Citiți cu voce tare",
  counted: "Votul a fost numărat.",
  thanks: "Mulțumim! Votul a fost numărat.",
  yourAnswer: "Răspunsul ales",
  yourRating: "Nota aleasă",
  youDidNotVote: "Nu ați votat la această întrebare.",
  changeVote: "Schimbați votul",
  yourChoice: "alegerea dvs.",
  resultsSoFar: "Rezultatele de până acum",
  finalResults: "Rezultatele finale",
  resultsWhenClosed: "Rezultatele apar aici când se încheie votul.",
  resultsHidden: "Rezultatele acestei întrebări nu sunt afișate aici.",
  errors: {
    POLL_CLOSED: "Votul la această întrebare tocmai s-a încheiat.",
    INVALID_VOTE: "Acest vot nu a fost acceptat. Vă rugăm să verificați alegerea și să încercați din nou.",
    RATE_LIMITED: "Prea multe încercări. Vă rugăm să așteptați puțin și să încercați din nou.",
    other: "Votul nu a putut fi trimis. Vă rugăm să încercați din nou.",
  },
  pollText: { showOriginal: "Arătați originalul", showTranslation: "Arătați în română" },
  views: { poll: "Sondaj", questions: "Întrebări" },
};

const screen: ScreenStrings = {
  title: (event) => `${event}: rezultate`,
  joinHeading: "Votați de pe telefon",
  scan: "Scanați codul cu camera",
  orGoTo: "sau mergeți la",
  code: "Cod",
  qrLabel: (url) => `Cod QR pentru ${url}`,
  waitingHeading: "Următoarea întrebare va apărea aici.",
  waitingText: "Intrați de acum, ca să fiți gata când începe votul.",
  closedBadge: "Votul s-a încheiat · rezultate finale",
  openBadge: "Votul este deschis",
  resultsHidden: "Rezultatele acestei întrebări nu sunt afișate.",
  announceOpen: (question) => `Votul este deschis: ${question}`,
  announceClosed: (question) => `Votul s-a încheiat: ${question}`,
  qa: {
    heading: "Întrebări de la participanți",
    label: "Întrebare de la un participant",
    empty: "Încă nu sunt întrebări. Puneți întrebarea de pe telefon.",
    askedBy: (name) => `Întreabă: ${name}`,
    others: "Alte întrebări",
    announce: (question) => `Acum răspundem la întrebarea: ${question}`,
    joinHeading: "Puneți întrebări de pe telefon",
  },
};

const lockedByVotes =
  "Acest sondaj are deja voturi. Ca să schimbați răspunsurile sau stelele, resetați mai întâi voturile.";

const moderatorConsole: ConsoleStrings = {
  title: (event) => `${event}: pagina de moderator`,
  brand: "Handzeichen · pagina de moderator",
  keyHeading: "Vă rugăm să deschideți linkul de moderator",
  keyText: "Deschideți această pagină cu linkul de moderator sau lipiți linkul aici.",
  keyLabel: "Link de moderator",
  keySubmit: "Continuați",
  keyWrong: "Acest link nu se potrivește cu acest eveniment. Vă rugăm să verificați linkul de moderator.",
  keyLimited:
    "Prea multe încercări greșite din această rețea. Vă rugăm să așteptați un minut, apoi să încercați din nou.",
  links: "Linkuri",
  voterLink: "Pagina de vot pentru public",
  presentLink: "Ecranul proiectorului",
  overlayLink: "Suprapunere pentru transmisia live (OBS)",
  overlaySettings: "Schimbați aspectul suprapunerii",
  overlayPlace: "Locul",
  places: { bottom: "Jos", top: "Sus", left: "Stânga", right: "Dreapta" },
  overlayColours: "Culori",
  colours: { dark: "Text deschis pe fundal închis", light: "Text închis pe fundal deschis" },
  overlayQa: "Arătați doar întrebarea evidențiată de la participanți",
  overlayJoin: "Arătați cum se poate participa",
  overlayQr: "Arătați codul QR",
  overlayGreen: "Fundal verde (pentru chroma key)",
  overlayLanguage: "Limba",
  eventLanguage: "Limba evenimentului",
  copy: "Copiați",
  copied: "Copiat",
  open: "Deschideți",
  qrFor: (what) => `Cod QR: ${what}`,
  copyModeratorLink: "Copiați linkul de moderator",
  settings: "Setările evenimentului",
  titleLabel: "Numele evenimentului",
  localeLabel: "Limba evenimentului",
  localeHint:
    "Proiectorul folosește această limbă. Telefoanele își folosesc propria limbă dacă o avem, altfel pe aceasta.",
  accessCodeLabel: "Cod de acces pentru vot (poate rămâne gol)",
  accessCodeHint:
    "Dacă setați un cod, oamenii trebuie să-l scrie înainte de a vota. Spuneți-l în sală, nu în transmisie. Dacă rămâne gol, poate vota oricine are linkul.",
  saveSettings: "Salvați setările",
  saved: "Salvat",
  exportCsv: "Descărcați rezultatele (CSV)",
  exportJson: "Descărcați rezultatele (JSON)",
  exportXlsx: "Descărcați rezultatele (Excel)",
  openReport: "Rezultatele pentru tipărit",
  exportFailed: "Rezultatele nu au putut fi descărcate. Vă rugăm să încercați din nou.",
  polls: "Sondaje",
  noPolls: "Încă nu există sondaje. Creați primul.",
  newPoll: "Sondaj nou",
  editPoll: "Schimbați sondajul",
  position: (n) => `Nr. ${number(n)}`,
  stateDraft: "Neînceput",
  stateOpen: "Vot deschis",
  stateClosed: "Încheiat",
  presented: "Pe ecran",
  choiceSummary: (min, max, options) =>
    min === max
      ? `Alegere: ${number(max)} din ${answers(options)}`
      : min === 1
        ? `Alegere: cel mult ${number(max)} din ${answers(options)}`
        : `Alegere: între ${number(min)} și ${number(max)} din ${answers(options)}`,
  ratingSummary: (scale) => `Stele de la 1 la ${number(scale)}`,
  actionOpen: "Porniți votul",
  actionClose: "Încheiați votul",
  actionReopen: "Porniți votul din nou",
  actionEdit: "Schimbați",
  actionDuplicate: "Copiați",
  actionUp: "Mai sus",
  actionDown: "Mai jos",
  actionReset: "Resetați voturile",
  actionDelete: "Ștergeți",
  moreActions: "Mai multe pentru acest sondaj",
  visibilityLabel: "Rezultatele pentru public",
  visibility: {
    live: "Afișate după vot",
    closed: "Afișate când se încheie votul",
    hidden: "Neafișate (doar aici)",
  },
  confirmReset: (question, votes) =>
    `Resetați voturile pentru „${question}”? ${count(votes, {
      one: "# vot va fi șters.",
      few: "# voturi vor fi șterse.",
      other: "# de voturi vor fi șterse.",
    })} Acest lucru nu poate fi anulat.`,
  confirmDelete: (question, votes) =>
    votes > 0
      ? `Ștergeți „${question}” împreună cu ${count(votes, {
          one: "# vot",
          few: "# voturi",
          other: "# de voturi",
        })}? Acest lucru nu poate fi anulat.`
      : `Ștergeți „${question}”? Acest lucru nu poate fi anulat.`,
  confirm: "Da, continuați",
  cancel: "Renunțați",
  form: {
    type: "Tipul sondajului",
    choice: "Alegere dintre răspunsuri",
    rating: "Evaluare cu stele",
    question: "Întrebarea",
    options: "Răspunsuri",
    option: (n) => `Răspunsul ${number(n)}`,
    removeOption: (n) => `Ștergeți răspunsul ${number(n)}`,
    addOption: "Adăugați un răspuns",
    minSelections: "Fiecare alege cel puțin",
    maxSelections: "și cel mult",
    scale: "Numărul de stele",
    save: "Salvați",
    create: "Creați sondajul",
    cancel: "Renunțați",
    lockedByVotes,
  },
  problems: {
    INVALID_REQUEST:
      "Nu a fost acceptat. Vă rugăm să verificați ce ați scris: niciun câmp nu poate fi gol și niciun răspuns nu poate apărea de două ori.",
    UNAUTHORIZED: "Linkul de moderator nu se potrivește cu acest eveniment.",
    FORBIDDEN: "Acest lucru nu este permis aici.",
    NOT_FOUND: "Acest sondaj sau eveniment nu mai există.",
    EVENT_CODE_TAKEN: "Acest cod este deja folosit. Vă rugăm să alegeți altul.",
    INVALID_TRANSITION: "Acum nu se poate. Între timp, sondajul s-a schimbat.",
    POLL_HAS_VOTES: lockedByVotes,
    POLL_CLOSED: "Votul la acest sondaj s-a încheiat.",
    ACCESS_CODE_REQUIRED: "Codul de acces lipsește sau nu este corect.",
    INVALID_VOTE: "Acest vot nu a fost acceptat.",
    PAYLOAD_TOO_LARGE: "Textul este prea lung. Vă rugăm să-l scurtați.",
    RATE_LIMITED: "Prea multe încercări într-un timp scurt. Vă rugăm să așteptați un minut, apoi să încercați din nou.",
    QA_DISABLED: "Întrebările sunt oprite acum la acest eveniment.",
    INTERNAL: "A apărut o problemă pe server. Vă rugăm să încercați din nou.",
    OFFLINE: "Nu există conexiune la server. Vă rugăm să verificați rețeaua și să încercați din nou.",
  },
  dismiss: "Închideți",
  voteBurst: (newParticipants, seconds, connected) =>
    `Neobișnuit: ${count(newParticipants, {
      one: "# persoană nouă a votat",
      few: "# persoane noi au votat",
      other: "# de persoane noi au votat",
    })} în ${count(seconds, {
      one: "# secundă",
      few: "# secunde",
      other: "# de secunde",
    })}, iar numărul de telefoane conectate este doar ${number(connected)}. Poate că cineva votează de mai multe ori.`,
  // What the projector shows (the screen choice).
  screenChoice: {
    heading: "Ecranul proiectorului",
    showsJoin: "Acum pe ecran: cum se participă (codul QR și codul evenimentului).",
    showsPoll: (question) => `Acum pe ecran: sondajul „${question}”.`,
    closedHint: "Votul s-a încheiat. Rezultatele rămân pe ecran până când alegeți altceva.",
    showJoin: "Arătați cum se participă",
    showPoll: "Arătați pe ecran",
    showsQa: "Acum pe ecran: întrebările participanților.",
    showQa: "Arătați întrebările",
  },
  translations: {
    heading: "Traduceri",
    hint: "Dacă aici există o traducere, telefoanele arată întrebarea și răspunsurile în limba lor. Dacă nu, arată originalul.",
    language: "Limba",
    add: "Adăugați o traducere",
    remove: "Ștergeți traducerea",
    original: "Original",
    questionMissing: (language) => `${language}: vă rugăm să scrieți întrebarea în această limbă.`,
    optionsMissing: (language) => `${language}: lipsesc unele răspunsuri. Traduceți toate răspunsurile sau niciunul.`,
  },
  // Întrebări de la participanți pe pagina de moderator.
  qa: {
    heading: "Întrebări de la participanți",
    onlyHeading: "Moderarea întrebărilor",
    onlyText:
      "Cu acest link puteți aproba, respinge și evidenția întrebări și le puteți marca „cu răspuns”. Sondajele și setările nu apar aici.",
    off: "Întrebările sunt oprite. Participanții nu pot pune întrebări acum.",
    settings: "Setări pentru întrebări",
    enabled: "Participanții pot pune întrebări",
    preModeration: "Aprobați mai întâi fiecare întrebare",
    preModerationHint: "Atunci întrebările noi le văd doar moderatorii. Toți ceilalți le văd după ce le aprobați.",
    names: "Permiteți nume",
    blockedWords: "Cuvinte blocate (un cuvânt pe rând)",
    blockedWordsHint: "O întrebare cu unul dintre aceste cuvinte așteaptă mereu aprobarea.",
    blockedWordTooLong: (word, max) =>
      `„${word}” este prea lung. Un cuvânt blocat are cel mult ${count(max, { one: "# caracter", few: "# caractere", other: "# de caractere" })}.`,
    tooManyBlockedWords: (max) => `Prea multe cuvinte blocate. Sunt permise cel mult ${number(max)}.`,
    save: "Salvați setările pentru întrebări",
    queue: (n) => `Așteaptă aprobarea (${number(n)})`,
    queueEmpty: "Nicio întrebare nu așteaptă aprobarea.",
    shown: (n) => `Întrebări văzute de toți (${number(n)})`,
    shownEmpty: "Încă nu sunt întrebări.",
    answeredSection: (n) => `Cu răspuns (${number(n)})`,
    archivedSection: (n) => `Arhivate (${number(n)})`,
    rejectedSection: (n) => `Respinse (${number(n)})`,
    upvotes: (n) => count(n, { one: "# apreciere", few: "# aprecieri", other: "# de aprecieri" }),
    highlighted: "Evidențiată",
    askedBy: (name) => `De la: ${name}`,
    approve: "Aprobați",
    reject: "Respingeți",
    highlight: "Evidențiați",
    answered: "Are răspuns",
    archive: "Arhivați",
    showAgain: "Arătați din nou tuturor",
    delete: "Ștergeți",
    confirmDelete: (question) => `Ștergeți întrebarea „${question}”? Nu se poate anula.`,
    shortcuts: "Scurtături de la tastatură",
    shortcutsHint: "Tastele nu funcționează cât timp scrieți într-un câmp.",
    keys: {
      next: "Întrebarea următoare",
      previous: "Întrebarea anterioară",
      approve: "Aprobați",
      reject: "Respingeți",
      highlight: "Evidențiați sau anulați evidențierea",
      answered: "Marcați: are răspuns",
    },
    link: {
      heading: "Link doar pentru întrebări",
      hint: "Pentru cineva care vă ajută: cu acest link poate aproba și evidenția întrebări și le poate marca „cu răspuns”, dar nu poate schimba sondajele sau setările.",
      make: "Creați un link",
      remake: "Creați un link nou",
      label: "Link pentru moderarea întrebărilor",
      shownOnce: "Vedeți acest link doar acum. Copiați-l și dați-l mai departe. Un link nou îl oprește pe cel vechi.",
      revoke: "Opriți linkul",
      revoked: "Linkul pentru întrebări nu mai funcționează.",
    },
    problems: {
      INVALID_TRANSITION: "Acum nu se poate. Întrebarea s-a schimbat între timp.",
      NOT_FOUND: "Această întrebare nu mai există.",
      INVALID_REQUEST: "Nu a fost acceptat. Vă rugăm să verificați cuvintele blocate.",
    },
  },
};

const report: ReportStrings = {
  title: (event) => `${event}: raportul rezultatelor`,
  brand: "Handzeichen · raportul rezultatelor",
  toolbar: "Acțiuni pentru raport",
  backToConsole: "Înapoi la pagina de moderator",
  print: "Tipăriți / Salvați ca PDF",
  loading: "Se încarcă rezultatele…",
  keyNeeded: "Pentru a vedea rezultatele, vă rugăm să le deschideți din pagina de moderator.",
  keyWrong:
    "Linkul de moderator nu se potrivește cu acest eveniment. Vă rugăm să deschideți pagina de moderator cu linkul primit.",
  failed: "Rezultatele nu au putut fi încărcate. Vă rugăm să reîncărcați pagina.",
  date: "Data",
  code: "Codul evenimentului",
  asOf: "Rezultate la data de",
  noPolls: "În acest eveniment nu a început încă niciun sondaj.",
  pollLabel: (n) => `Întrebarea ${number(n)}`,
  stillOpen: "Votul este încă deschis. Acestea sunt rezultatele de până acum.",
  percentNote: (maxSelections) =>
    maxSelections > 1
      ? `Procentul persoanelor care au votat. Fiecare putea alege până la ${answers(maxSelections)}, așa că totalul trece de 100 %.`
      : "Procentul persoanelor care au votat.",
  ratingNote: "Procentul persoanelor care au votat, pentru fiecare număr de stele.",
  quote: (text) => `„${text}”`,
  list: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} și ${items[items.length - 1]}`,
  nobodyAnswered: "Nu a votat nimeni.",
  choiceSentence: (lead, next) => {
    const share = (group: typeof lead) => (group.tied ? `câte ${group.percent}` : group.percent);
    const first = lead.tied
      ? `Cel mai des au fost alese ${lead.options} (${share(lead)})`
      : `Cel mai des a fost ales ${lead.options} (${share(lead)})`;
    return next ? `${first}, apoi ${next.options} (${share(next)}).` : `${first}.`;
  },
  ratingSentence: (average, scale, topShare) =>
    topShare === null
      ? `Nota medie: ${average} din ${number(scale)}.`
      : `Nota medie: ${average} din ${number(scale)}; ${topShare} au dat ${stars(scale)}.`,
  qa: {
    heading: "Întrebări de la participanți",
    note: "Mai întâi întrebările cu răspuns și cele deschise. Sus sunt cele cu cele mai multe voturi.",
    states: {
      visible: "Deschisă",
      answered: "Cu răspuns",
      archived: "În arhivă",
      pending: "Neaprobată",
      rejected: "Respinsă",
    },
    askedBy: (name) => `Întreabă: ${name}`,
  },
};

/** Open-text polls and the word cloud: the console and the screens (docs/api.md, "Open-text polls"). */
const words: WordsStrings = {
  kind: "Răspunsuri libere (nor de cuvinte)",
  maxAnswers: "Răspunsuri de persoană",
  maxLength: "Caractere pe răspuns",
  preModeration: "Arată răspunsurile doar după ce le aprobați",
  stopWords: "Nu număra cuvintele mici",
  stopWordsHint: "Nu număra cuvintele mici, ca „și”, „în”, „la”. Atunci „în parc” și „parc” sunt un singur răspuns.",
  stopWordsOn: "fără cuvinte mici",
  summary: (answers, length) =>
    answers === 1
      ? `Răspuns liber, până la ${number(length)} caractere`
      : `Până la ${number(answers)} răspunsuri libere, fiecare până la ${number(length)} caractere`,
  noAnswers: "Încă nu sunt răspunsuri.",
  hide: "Ascunde",
  show: "Arată din nou",
  approve: "Aprobă",
  hidden: "Ascuns",
  pending: "Așteaptă aprobarea",
  answersBehind: "Vedeți răspunsurile",
  people: (n) => count(n, { one: "# persoană", few: "# persoane", other: "# de persoane" }),
  listLabel: "Răspunsuri, cele mai dese primele",
};

/** Ce încarcă pagina de vot (pagina principală și pagina evenimentului): fără textele celorlalte pagini. */
export const roForVoters: VoterStrings = { ...common, home, voter };

export const ro: Strings = { ...roForVoters, create, screen, console: moderatorConsole, report, words };
