// Українська: усі тексти всіх сторінок (ключі: client/i18n/strings.ts; словник: docs/translations.md).
// Звертання на «ви»; форми числа через Intl.PluralRules (1 голос, 2 голоси, 5 голосів).
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

const { count, number } = counting("uk");

const stars = (n: number) => count(n, { one: "# зірка", few: "# зірки", many: "# зірок", other: "# зірки" });

const common: CommonStrings = {
  locale: "uk",
  languageLabel: "Мова",
  separator: "; ",
  reconnecting: "Немає з’єднання. Пробуємо ще раз…",
  connecting: "З’єднання…",
  votes: (n) => count(n, { one: "# голос", few: "# голоси", many: "# голосів", other: "# голосу" }),
  respondents: (n) =>
    count(n, {
      one: "# людина проголосувала",
      few: "# людини проголосували",
      many: "# людей проголосували",
      other: "# людини проголосували",
    }),
  stars,
  ratingOutOf: (value, scale) => `${value} з ${number(scale)}`,
  ratingWords: ["Погано", "Так собі", "Добре", "Дуже добре", "Чудово"],
  averageRating: "Середня оцінка",
  votingOpen: "Голосування триває",
  votingClosed: "Голосування завершено",
  noSuchEvent: (code) => `Події з кодом «${code}» немає.`,
  eventGone: "Ця подія завершилася або її видалено.",
};

const home: HomeStrings = {
  title: "Handzeichen: голосування наживо",
  heading: "Взяти участь у голосуванні",
  codeLabel: "Код події",
  codeHint: "Код видно на екрані попереду, наприклад 123456.",
  join: "Взяти участь",
  checking: "Перевіряємо…",
  noCode: "Введіть код події.",
  unknownCode: (code) => `Події з кодом «${code}» немає. Перевірте код.`,
  offline: "Немає з’єднання із сервером. Спробуйте ще раз.",
  organiser: "Ви проводите доповідь або зустріч?",
  createLink: "Створити подію",
};

const create: CreateStrings = {
  title: "Handzeichen: створити подію",
  heading: "Нова подія",
  titleLabel: "Назва події",
  codeLabel: "Код (можна не заповнювати)",
  codeHint: "Від 3 до 32 латинських літер (a–z), цифр або дефісів. Якщо залишити порожнім, ви отримаєте код із 6 цифр.",
  localeLabel: "Мова події",
  submit: "Створити подію",
  creating: "Створюємо…",
  readyHeading: "Вашу подію створено",
  keyWarning:
    "Це ваше посилання модератора. Зберігайте його надійно й нікому не передавайте: кожен, хто його має, може змінювати ваші опитування. Ви бачите його лише цей один раз.",
  moderatorLink: "Посилання модератора",
  copy: "Копіювати",
  copied: "Скопійовано",
  openConsole: "Відкрити сторінку модератора",
  codeTaken: "Цей код уже зайнятий. Виберіть інший.",
  invalid: "Перевірте назву й код.",
  limited: "З цієї мережі створено забагато нових подій. Спробуйте пізніше.",
  failed: "Не вдалося створити подію. Спробуйте ще раз.",
};

/** After "до" and "з" the answers stand in the genitive: "до 2 відповідей", "до 21 відповіді". */
const answersGenitive = (n: number) =>
  count(n, { one: "# відповіді", few: "# відповідей", many: "# відповідей", other: "# відповіді" });

const voter: VotingStrings = {
  title: (event) => `${event}: голосування`,
  otherCode: "Ввести інший код",
  accessHeading: "Для цієї події потрібен код доступу",
  accessText: "Код доступу вам скажуть організатори в залі.",
  accessLabel: "Код доступу",
  accessSubmit: "Далі",
  accessWrong: "Цей код доступу неправильний. Перевірте його та спробуйте ще раз.",
  accessChecking: "Перевіряємо…",
  accessLimited: "З цієї мережі надійшло забагато неправильних кодів. Зачекайте хвилину й спробуйте знову.",
  waitingHeading: "Чекаємо на наступне питання",
  waitingText: "Не закривайте цю сторінку. Наступне питання з’явиться тут автоматично.",
  chooseOne: "Виберіть одну відповідь.",
  chooseExactly: (n) =>
    count(n, {
      one: "Виберіть рівно # відповідь.",
      few: "Виберіть рівно # відповіді.",
      many: "Виберіть рівно # відповідей.",
      other: "Виберіть рівно # відповіді.",
    }),
  chooseUpTo: (max) => `Виберіть до ${answersGenitive(max)}.`,
  chooseBetween: (min, max) => `Виберіть від ${number(min)} до ${answersGenitive(max)}.`,
  chosenCount: (n, max) => `Вибрано ${number(n)} з ${number(max)}.`,
  maxReached: (max) => `Ви вибрали ${number(max)}. Щоб вибрати іншу відповідь, спочатку зніміть одну позначку.`,
  chooseAtLeast: (n) =>
    n === 1
      ? "Виберіть відповідь."
      : count(n, {
          one: "Виберіть щонайменше # відповідь.",
          few: "Виберіть щонайменше # відповіді.",
          many: "Виберіть щонайменше # відповідей.",
          other: "Виберіть щонайменше # відповіді.",
        }),
  rateHint: (scale) =>
    `Виберіть від 1 до ${count(scale, { one: "# зірки", few: "# зірок", many: "# зірок", other: "# зірки" })}.`,
  pickRating: "Виберіть кількість зірок.",
  notRated: "Зірки ще не вибрано.",
  send: "Надіслати мій голос",
  saveChange: "Зберегти зміну",
  sending: "Надсилаємо…",
  keepVote: "Залишити мій голос",
  sendWhenOnline: "Немає з’єднання – надішлемо, щойно ви знову будете онлайн",
  connectionBack: "З’єднання відновлено.",
  readAloud: "Прочитати вголос",
  counted: "Ваш голос зараховано.",
  thanks: "Дякуємо! Ваш голос зараховано.",
  yourAnswer: "Ваша відповідь",
  yourRating: "Ваша оцінка",
  youDidNotVote: "Ви не голосували в цьому питанні.",
  changeVote: "Змінити мій голос",
  yourChoice: "ваш вибір",
  resultsSoFar: "Поточні результати",
  finalResults: "Остаточні результати",
  resultsWhenClosed: "Результати з’являться тут, коли голосування завершиться.",
  resultsHidden: "Результати цього питання тут не показують.",
  errors: {
    POLL_CLOSED: "Голосування в цьому питанні щойно завершилося.",
    INVALID_VOTE: "Цей голос не прийнято. Перевірте свій вибір і спробуйте ще раз.",
    RATE_LIMITED: "Забагато спроб. Трохи зачекайте й спробуйте ще раз.",
    other: "Не вдалося надіслати ваш голос. Спробуйте ще раз.",
  },
  pollText: { showOriginal: "Показати оригінал", showTranslation: "Показати українською" },
  views: { poll: "Опитування", questions: "Питання" },
};

const screen: ScreenStrings = {
  title: (event) => `${event}: результати`,
  joinHeading: "Голосуйте з телефона",
  scan: "Скануйте код камерою",
  orGoTo: "або відкрийте",
  code: "Код",
  qrLabel: (url) => `QR-код для ${url}`,
  waitingHeading: "Наступне питання з’явиться тут.",
  waitingText: "Приєднуйтеся вже зараз, щоб не пропустити початок голосування.",
  closedBadge: "Голосування завершено · остаточні результати",
  openBadge: "Голосування триває",
  resultsHidden: "Результати цього питання не показують.",
  announceOpen: (question) => `Голосування триває: ${question}`,
  announceClosed: (question) => `Голосування завершено: ${question}`,
  qa: {
    heading: "Питання учасників",
    label: "Питання учасника",
    empty: "Питань ще немає. Поставте своє питання з телефона.",
    askedBy: (name) => `Запитує: ${name}`,
    others: "Інші питання",
    announce: (question) => `Зараз відповідаємо на питання: ${question}`,
    joinHeading: "Ставте питання з телефона",
  },
};

const lockedByVotes = "У цьому опитуванні вже є голоси. Щоб змінити відповіді чи зірки, спочатку скиньте голоси.";

const moderatorConsole: ConsoleStrings = {
  title: (event) => `${event}: сторінка модератора`,
  brand: "Handzeichen · сторінка модератора",
  keyHeading: "Відкрийте своє посилання модератора",
  keyText: "Відкрийте цю сторінку за посиланням модератора або вставте посилання сюди.",
  keyLabel: "Посилання модератора",
  keySubmit: "Далі",
  keyWrong: "Це посилання не підходить до цієї події. Перевірте посилання модератора.",
  keyLimited: "Забагато неправильних спроб із цієї мережі. Зачекайте хвилину й спробуйте знову.",
  links: "Посилання",
  voterLink: "Сторінка, де голосує публіка",
  presentLink: "Екран проєктора",
  overlayLink: "Накладка для трансляції (OBS)",
  overlaySettings: "Змінити вигляд накладки",
  overlayPlace: "Місце",
  places: { bottom: "Унизу", top: "Угорі", left: "Ліворуч", right: "Праворуч" },
  overlayColours: "Кольори",
  colours: { dark: "Світлий текст на темному", light: "Темний текст на світлому" },
  overlayQa: "Показувати лише виділене питання учасника",
  overlayJoin: "Показувати, як приєднатися",
  overlayQr: "Показувати QR-код",
  overlayGreen: "Зелений фон (для хромакею)",
  overlayLanguage: "Мова",
  eventLanguage: "Мова події",
  copy: "Копіювати",
  copied: "Скопійовано",
  open: "Відкрити",
  qrFor: (what) => `QR-код: ${what}`,
  copyModeratorLink: "Копіювати посилання модератора",
  settings: "Налаштування події",
  titleLabel: "Назва події",
  localeLabel: "Мова події",
  localeHint: "Екран проєктора показує цю мову. Телефони показують свою мову, якщо вона тут є, а якщо ні — цю.",
  accessCodeLabel: "Код доступу для голосування (можна не заповнювати)",
  accessCodeHint:
    "Якщо ви задасте код, людям треба буде ввести його перед голосуванням. Назвіть його в залі, а не в трансляції. Якщо залишити порожнім, голосувати зможе кожен, хто має посилання.",
  saveSettings: "Зберегти налаштування",
  saved: "Збережено",
  exportCsv: "Завантажити результати (CSV)",
  exportJson: "Завантажити результати (JSON)",
  exportXlsx: "Завантажити результати (Excel)",
  openReport: "Результати для друку",
  exportFailed: "Не вдалося завантажити результати. Спробуйте ще раз.",
  polls: "Опитування",
  noPolls: "Опитувань ще немає. Створіть перше.",
  newPoll: "Нове опитування",
  editPoll: "Змінити опитування",
  position: (n) => `№ ${number(n)}`,
  stateDraft: "Не розпочато",
  stateOpen: "Голосування триває",
  stateClosed: "Завершено",
  presented: "На екрані",
  choiceSummary: (min, max, options) =>
    min === max
      ? `Вибір: ${number(max)} з ${answersGenitive(options)}`
      : min === 1
        ? `Вибір: до ${number(max)} з ${answersGenitive(options)}`
        : `Вибір: від ${number(min)} до ${number(max)} з ${answersGenitive(options)}`,
  ratingSummary: (scale) => `Зірки від 1 до ${number(scale)}`,
  actionOpen: "Почати голосування",
  actionClose: "Завершити голосування",
  actionReopen: "Почати голосування знову",
  actionEdit: "Змінити",
  actionDuplicate: "Копіювати",
  actionUp: "Вище",
  actionDown: "Нижче",
  actionReset: "Скинути голоси",
  actionDelete: "Видалити",
  moreActions: "Інші дії з цим опитуванням",
  visibilityLabel: "Результати для публіки",
  visibility: {
    live: "Показувати після голосування",
    closed: "Показувати після завершення",
    hidden: "Не показувати (лише тут)",
  },
  confirmReset: (question, votes) =>
    `Скинути голоси в «${question}»? ${count(votes, {
      one: "# голос буде видалено.",
      few: "# голоси буде видалено.",
      many: "# голосів буде видалено.",
      other: "# голосу буде видалено.",
    })} Це не можна скасувати.`,
  confirmDelete: (question, votes) =>
    votes > 0
      ? `Видалити «${question}» разом із ${count(votes, {
          one: "# голосом",
          few: "# голосами",
          many: "# голосами",
          other: "# голосу",
        })}? Це не можна скасувати.`
      : `Видалити «${question}»? Це не можна скасувати.`,
  confirm: "Так, виконати",
  cancel: "Скасувати",
  form: {
    type: "Тип опитування",
    choice: "Вибір із відповідей",
    rating: "Оцінка зірками",
    question: "Питання",
    options: "Відповіді",
    option: (n) => `Відповідь ${number(n)}`,
    removeOption: (n) => `Видалити відповідь ${number(n)}`,
    addOption: "Додати відповідь",
    minSelections: "Людина вибирає щонайменше",
    maxSelections: "і щонайбільше",
    scale: "Кількість зірок",
    save: "Зберегти",
    create: "Створити опитування",
    cancel: "Скасувати",
    lockedByVotes,
  },
  problems: {
    INVALID_REQUEST:
      "Це не прийнято. Перевірте введене: жодне поле не має бути порожнім, жодна відповідь не має повторюватися.",
    UNAUTHORIZED: "Ваше посилання модератора не підходить до цієї події.",
    FORBIDDEN: "Тут це не дозволено.",
    NOT_FOUND: "Цього опитування або події вже немає.",
    EVENT_CODE_TAKEN: "Цей код уже зайнятий. Виберіть інший.",
    INVALID_TRANSITION: "Зараз це неможливо. Опитування тим часом змінилося.",
    POLL_HAS_VOTES: lockedByVotes,
    POLL_CLOSED: "Голосування в цьому опитуванні завершено.",
    ACCESS_CODE_REQUIRED: "Коду доступу немає або він неправильний.",
    INVALID_VOTE: "Цей голос не прийнято.",
    PAYLOAD_TOO_LARGE: "Це задовго. Скоротіть текст.",
    RATE_LIMITED: "Забагато спроб за короткий час. Зачекайте хвилину й спробуйте знову.",
    QA_DISABLED: "Питання на цій події зараз вимкнені.",
    INTERNAL: "На сервері сталася помилка. Спробуйте ще раз.",
    OFFLINE: "Немає з’єднання із сервером. Перевірте мережу й спробуйте ще раз.",
  },
  dismiss: "Закрити",
  voteBurst: (newParticipants, seconds, connected) =>
    `Незвично: за ${count(seconds, {
      one: "# секунду",
      few: "# секунди",
      many: "# секунд",
      other: "# секунди",
    })} ${count(newParticipants, {
      one: "проголосувала # нова людина",
      few: "проголосували # нові людини",
      many: "проголосували # нових людей",
      other: "проголосували # нової людини",
    })}, а підключених телефонів лише ${number(connected)}. Можливо, хтось голосує багато разів.`,
  // What the projector shows (the screen choice).
  screenChoice: {
    heading: "Екран проєктора",
    showsJoin: "Зараз на екрані: як долучитися (QR-код і код події).",
    showsPoll: (question) => `Зараз на екрані: опитування «${question}».`,
    closedHint: "Голосування завершено. Результати залишаться на екрані, доки ви не виберете інше.",
    showJoin: "Показати, як долучитися",
    showPoll: "Показати на екрані",
    showsQa: "Зараз на екрані: питання учасників.",
    showQa: "Показати питання",
  },
  translations: {
    heading: "Переклади",
    hint: "Якщо тут є переклад, телефони показують питання і відповіді своєю мовою. Якщо ні, вони показують оригінал.",
    language: "Мова",
    add: "Додати переклад",
    remove: "Видалити переклад",
    original: "Оригінал",
    questionMissing: (language) => `${language}: напишіть, будь ласка, питання цією мовою.`,
    optionsMissing: (language) =>
      `${language}: бракує деяких відповідей. Перекладіть, будь ласка, усі відповіді або жодної.`,
  },
  // Питання від учасників на сторінці модератора.
  qa: {
    heading: "Питання від учасників",
    onlyHeading: "Модерація питань",
    onlyText:
      "За цим посиланням ви можете схвалювати, відхиляти й виділяти питання та позначати, що на них відповіли. Опитувань і налаштувань тут немає.",
    off: "Питання вимкнено. Учасники зараз не можуть ставити питання.",
    settings: "Налаштування питань",
    enabled: "Учасники можуть ставити питання",
    preModeration: "Спершу схвалювати кожне питання",
    preModerationHint: "Тоді нові питання бачать лише модератори. Усі інші побачать їх після вашого схвалення.",
    names: "Дозволити імена",
    blockedWords: "Заборонені слова (одне слово в рядку)",
    blockedWordsHint: "Питання з одним із цих слів завжди чекає на схвалення.",
    blockedWordTooLong: (word, max) =>
      `«${word}» — задовге. Заборонене слово має щонайбільше ${count(max, { one: "# символ", few: "# символи", many: "# символів", other: "# символу" })}.`,
    tooManyBlockedWords: (max) => `Забагато заборонених слів. Можна щонайбільше ${number(max)}.`,
    save: "Зберегти налаштування питань",
    queue: (n) => `Чекають на схвалення (${number(n)})`,
    queueEmpty: "Жодне питання не чекає на схвалення.",
    shown: (n) => `Питання, які бачать усі (${number(n)})`,
    shownEmpty: "Питань ще немає.",
    answeredSection: (n) => `Є відповідь (${number(n)})`,
    archivedSection: (n) => `В архіві (${number(n)})`,
    rejectedSection: (n) => `Відхилені (${number(n)})`,
    upvotes: (n) => count(n, { one: "# вподобання", few: "# вподобання", many: "# вподобань", other: "# вподобання" }),
    highlighted: "Виділене",
    askedBy: (name) => `Від: ${name}`,
    approve: "Схвалити",
    reject: "Відхилити",
    highlight: "Виділити",
    answered: "Є відповідь",
    archive: "В архів",
    showAgain: "Знову показати всім",
    delete: "Видалити",
    confirmDelete: (question) => `Видалити питання «${question}»? Це не можна скасувати.`,
    shortcuts: "Гарячі клавіші",
    shortcutsHint: "Клавіші не діють, поки ви пишете в полі.",
    keys: {
      next: "Наступне питання",
      previous: "Попереднє питання",
      approve: "Схвалити",
      reject: "Відхилити",
      highlight: "Виділити або зняти виділення",
      answered: "Позначити: є відповідь",
    },
    link: {
      heading: "Посилання лише для питань",
      hint: "Для помічника: за цим посиланням можна схвалювати й виділяти питання та позначати відповіді, але не можна змінювати опитування чи налаштування.",
      make: "Створити посилання",
      remake: "Створити нове посилання",
      label: "Посилання для модерації питань",
      shownOnce: "Ви бачите це посилання лише зараз. Скопіюйте і передайте його. Нове посилання вимикає старе.",
      revoke: "Вимкнути посилання",
      revoked: "Посилання для питань більше не працює.",
    },
    problems: {
      INVALID_TRANSITION: "Зараз це неможливо. Питання тим часом змінилося.",
      NOT_FOUND: "Цього питання більше немає.",
      INVALID_REQUEST: "Це не прийнято. Перевірте заборонені слова.",
    },
  },
};

const report: ReportStrings = {
  title: (event) => `${event}: звіт про результати`,
  brand: "Handzeichen · звіт про результати",
  toolbar: "Дії зі звітом",
  backToConsole: "Назад до сторінки модератора",
  print: "Друкувати / Зберегти як PDF",
  loading: "Завантажуємо результати…",
  keyNeeded: "Щоб побачити результати, відкрийте їх зі сторінки модератора.",
  keyWrong: "Ваше посилання модератора не підходить до цієї події. Відкрийте сторінку модератора за своїм посиланням.",
  failed: "Не вдалося завантажити результати. Оновіть сторінку.",
  date: "Дата",
  code: "Код події",
  asOf: "Результати станом на",
  noPolls: "У цій події ще не розпочато жодного опитування.",
  pollLabel: (n) => `Питання ${number(n)}`,
  stillOpen: "Голосування ще триває. Це результати на цю мить.",
  percentNote: (maxSelections) =>
    maxSelections > 1
      ? `Відсоток людей, які проголосували. Кожен міг вибрати до ${answersGenitive(maxSelections)}, тому разом виходить понад 100%.`
      : "Відсоток людей, які проголосували.",
  ratingNote: "Відсоток людей, які проголосували, для кожної кількості зірок.",
  quote: (text) => `«${text}»`,
  list: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} і ${items[items.length - 1]}`,
  nobodyAnswered: "Ніхто не проголосував.",
  choiceSentence: (lead, next) => {
    const share = (group: typeof lead) => (group.tied ? `по ${group.percent}` : group.percent);
    const first = `Найчастіше вибирали ${lead.options} (${share(lead)})`;
    return next ? `${first}, далі ${next.options} (${share(next)}).` : `${first}.`;
  },
  ratingSentence: (average, scale, topShare) =>
    topShare === null
      ? `Середня оцінка: ${average} з ${number(scale)}.`
      : `Середня оцінка: ${average} з ${number(scale)}; ${stars(scale)} поставили ${topShare}.`,
  qa: {
    heading: "Питання учасників",
    note: "Спочатку питання з відповіддю та відкриті. Угорі ті, що мають найбільше голосів.",
    states: {
      visible: "Відкрите",
      answered: "Є відповідь",
      archived: "В архіві",
      pending: "Не схвалене",
      rejected: "Відхилене",
    },
    askedBy: (name) => `Запитує: ${name}`,
  },
};

/** Open-text polls and the word cloud: the console and the screens (docs/api.md, "Open-text polls"). */
const words: WordsStrings = {
  kind: "Відкриті відповіді (хмара слів)",
  maxAnswers: "Відповідей на людину",
  maxLength: "Символів у відповіді",
  preModeration: "Показувати відповіді лише після схвалення",
  stopWords: "Не рахувати короткі слова",
  stopWordsHint: "Не рахувати короткі слова, як-от «і», «в», «це». Тоді «це кава» і «кава» — одна відповідь.",
  stopWordsOn: "без коротких слів",
  summary: (answers, length) =>
    answers === 1
      ? `Відкрита відповідь, до ${number(length)} символів`
      : `До ${number(answers)} відкритих відповідей, кожна до ${number(length)} символів`,
  noAnswers: "Відповідей ще немає.",
  hide: "Приховати",
  show: "Показати знову",
  approve: "Схвалити",
  hidden: "Приховано",
  pending: "Чекає на схвалення",
  answersBehind: "Переглянути відповіді",
  people: (n) => count(n, { one: "# людина", few: "# людини", many: "# людей", other: "# людини" }),
  listLabel: "Відповіді, найчастіші спочатку",
};

/** Що завантажує сторінка голосування (головна й сторінка події): без текстів інших сторінок. */
export const ukForVoters: VoterStrings = { ...common, home, voter };

export const uk: Strings = { ...ukForVoters, create, screen, console: moderatorConsole, report, words };
