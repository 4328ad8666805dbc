// Русский: все тексты всех страниц (ключи: client/i18n/strings.ts; словарь: docs/translations.md).
// Обращение на «вы»; формы числа через Intl.PluralRules (1 голос, 2 голоса, 5 голосов).
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

const { count, number } = counting("ru");

const stars = (n: number) => count(n, { one: "# звезда", few: "# звезды", many: "# звёзд", other: "# звезды" });

const common: CommonStrings = {
  locale: "ru",
  languageLabel: "Язык",
  separator: "; ",
  reconnecting: "Нет соединения. Пробуем снова…",
  connecting: "Подключение…",
  votes: (n) => count(n, { one: "# голос", few: "# голоса", many: "# голосов", other: "# голоса" }),
  respondents: (n) =>
    count(n, {
      one: "# человек проголосовал",
      few: "# человека проголосовали",
      many: "# человек проголосовали",
      other: "# человека проголосовали",
    }),
  stars,
  ratingOutOf: (value, scale) => `${value} из ${number(scale)}`,
  ratingWords: ["Плохо", "Так себе", "Хорошо", "Очень хорошо", "Отлично"],
  averageRating: "Средняя оценка",
  votingOpen: "Голосование идёт",
  votingClosed: "Голосование завершено",
  noSuchEvent: (code) => `Мероприятия с кодом «${code}» нет.`,
  eventGone: "Это мероприятие закончилось или было удалено.",
};

const home: HomeStrings = {
  title: "Handzeichen: голосование онлайн",
  heading: "Принять участие в голосовании",
  codeLabel: "Код мероприятия",
  codeHint: "Код показан на экране впереди, например 123456.",
  join: "Участвовать",
  checking: "Проверяем…",
  noCode: "Введите код мероприятия.",
  unknownCode: (code) => `Мероприятия с кодом «${code}» нет. Проверьте код.`,
  offline: "Нет соединения с сервером. Попробуйте ещё раз.",
  organiser: "Вы проводите доклад или встречу?",
  createLink: "Создать мероприятие",
};

const create: CreateStrings = {
  title: "Handzeichen: создать мероприятие",
  heading: "Новое мероприятие",
  titleLabel: "Название мероприятия",
  codeLabel: "Код (можно не заполнять)",
  codeHint: "От 3 до 32 латинских букв (a–z), цифр или дефисов. Если оставить поле пустым, вы получите код из 6 цифр.",
  localeLabel: "Язык мероприятия",
  submit: "Создать мероприятие",
  creating: "Создаём…",
  readyHeading: "Ваше мероприятие готово",
  keyWarning:
    "Это ваша ссылка модератора. Храните её надёжно и никому не передавайте: любой, у кого она есть, может менять ваши опросы. Вы видите её только один раз.",
  moderatorLink: "Ссылка модератора",
  copy: "Копировать",
  copied: "Скопировано",
  openConsole: "Открыть страницу модератора",
  codeTaken: "Этот код уже занят. Выберите другой.",
  invalid: "Проверьте название и код.",
  limited: "Из этой сети создано слишком много новых мероприятий. Попробуйте позже.",
  failed: "Не удалось создать мероприятие. Попробуйте ещё раз.",
};

/** After "до" and "из" the answers stand in the genitive: "до 2 ответов", "до 21 ответа". */
const answersGenitive = (n: number) =>
  count(n, { one: "# ответа", few: "# ответов", many: "# ответов", other: "# ответа" });

const voter: VotingStrings = {
  title: (event) => `${event}: голосование`,
  otherCode: "Ввести другой код",
  accessHeading: "Для этого мероприятия нужен код доступа",
  accessText: "Код доступа вам назовут организаторы в зале.",
  accessLabel: "Код доступа",
  accessSubmit: "Далее",
  accessWrong: "Этот код доступа неверный. Проверьте его и попробуйте ещё раз.",
  accessChecking: "Проверяем…",
  accessLimited: "Из этой сети пришло слишком много неверных кодов. Подождите минуту и попробуйте снова.",
  waitingHeading: "Ждём следующий вопрос",
  waitingText: "Не закрывайте эту страницу. Следующий вопрос появится здесь сам.",
  chooseOne: "Выберите один ответ.",
  chooseExactly: (n) =>
    count(n, {
      one: "Выберите ровно # ответ.",
      few: "Выберите ровно # ответа.",
      many: "Выберите ровно # ответов.",
      other: "Выберите ровно # ответа.",
    }),
  chooseUpTo: (max) => `Выберите до ${answersGenitive(max)}.`,
  chooseBetween: (min, max) => `Выберите от ${number(min)} до ${answersGenitive(max)}.`,
  chosenCount: (n, max) => `Выбрано ${number(n)} из ${number(max)}.`,
  maxReached: (max) => `Вы выбрали ${number(max)}. Чтобы выбрать другой ответ, сначала снимите одну отметку.`,
  chooseAtLeast: (n) =>
    n === 1
      ? "Выберите ответ."
      : count(n, {
          one: "Выберите хотя бы # ответ.",
          few: "Выберите хотя бы # ответа.",
          many: "Выберите хотя бы # ответов.",
          other: "Выберите хотя бы # ответа.",
        }),
  rateHint: (scale) =>
    `Выберите от 1 до ${count(scale, { one: "# звезды", few: "# звёзд", many: "# звёзд", other: "# звезды" })}.`,
  pickRating: "Выберите количество звёзд.",
  notRated: "Звёзды ещё не выбраны.",
  send: "Отправить мой голос",
  saveChange: "Сохранить изменение",
  sending: "Отправляем…",
  keepVote: "Оставить мой голос",
  sendWhenOnline: "Нет соединения – отправим, как только вы снова будете онлайн",
  connectionBack: "Соединение восстановлено.",
  readAloud: "Прочитать вслух",
  counted: "Ваш голос учтён.",
  thanks: "Спасибо! Ваш голос учтён.",
  yourAnswer: "Ваш ответ",
  yourRating: "Ваша оценка",
  youDidNotVote: "Вы не голосовали по этому вопросу.",
  changeVote: "Изменить мой голос",
  yourChoice: "ваш выбор",
  resultsSoFar: "Текущие результаты",
  finalResults: "Окончательные результаты",
  resultsWhenClosed: "Результаты появятся здесь, когда голосование завершится.",
  resultsHidden: "Результаты этого вопроса здесь не показываются.",
  errors: {
    POLL_CLOSED: "Голосование по этому вопросу только что завершилось.",
    INVALID_VOTE: "Этот голос не принят. Проверьте свой выбор и попробуйте ещё раз.",
    RATE_LIMITED: "Слишком много попыток. Подождите немного и попробуйте снова.",
    other: "Не удалось отправить ваш голос. Попробуйте ещё раз.",
  },
  pollText: { showOriginal: "Показать оригинал", showTranslation: "Показать на русском" },
  views: { poll: "Опрос", questions: "Вопросы" },
};

const screen: ScreenStrings = {
  title: (event) => `${event}: результаты`,
  joinHeading: "Голосуйте с телефона",
  scan: "Отсканируйте код камерой",
  orGoTo: "или откройте",
  code: "Код",
  qrLabel: (url) => `QR-код для ${url}`,
  waitingHeading: "Следующий вопрос появится здесь.",
  waitingText: "Подключайтесь уже сейчас, чтобы не пропустить начало голосования.",
  closedBadge: "Голосование завершено · окончательные результаты",
  openBadge: "Голосование идёт",
  resultsHidden: "Результаты этого вопроса не показываются.",
  announceOpen: (question) => `Голосование идёт: ${question}`,
  announceClosed: (question) => `Голосование завершено: ${question}`,
  qa: {
    heading: "Вопросы участников",
    label: "Вопрос участника",
    empty: "Вопросов пока нет. Задайте свой вопрос с телефона.",
    askedBy: (name) => `Спрашивает: ${name}`,
    others: "Другие вопросы",
    announce: (question) => `Сейчас отвечаем на вопрос: ${question}`,
    joinHeading: "Задавайте вопросы с телефона",
  },
};

const lockedByVotes = "В этом опросе уже есть голоса. Чтобы изменить ответы или звёзды, сначала сбросьте голоса.";

const moderatorConsole: ConsoleStrings = {
  title: (event) => `${event}: страница модератора`,
  brand: "Handzeichen · страница модератора",
  keyHeading: "Откройте свою ссылку модератора",
  keyText: "Откройте эту страницу по ссылке модератора или вставьте ссылку сюда.",
  keyLabel: "Ссылка модератора",
  keySubmit: "Далее",
  keyWrong: "Эта ссылка не подходит к этому мероприятию. Проверьте ссылку модератора.",
  keyLimited: "Слишком много неверных попыток из этой сети. Подождите минуту и попробуйте снова.",
  links: "Ссылки",
  voterLink: "Страница, где голосует публика",
  presentLink: "Экран проектора",
  overlayLink: "Оверлей для трансляции (OBS)",
  overlaySettings: "Изменить вид оверлея",
  overlayPlace: "Место",
  places: { bottom: "Внизу", top: "Вверху", left: "Слева", right: "Справа" },
  overlayColours: "Цвета",
  colours: { dark: "Светлый текст на тёмном", light: "Тёмный текст на светлом" },
  overlayQa: "Показывать только выделенный вопрос участника",
  overlayJoin: "Показывать, как присоединиться",
  overlayQr: "Показывать QR-код",
  overlayGreen: "Зелёный фон (для хромакея)",
  overlayLanguage: "Язык",
  eventLanguage: "Язык мероприятия",
  copy: "Копировать",
  copied: "Скопировано",
  open: "Открыть",
  qrFor: (what) => `QR-код: ${what}`,
  copyModeratorLink: "Копировать ссылку модератора",
  settings: "Настройки мероприятия",
  titleLabel: "Название мероприятия",
  localeLabel: "Язык мероприятия",
  localeHint:
    "Экран проектора показывает этот язык. Телефоны показывают свой язык, если он здесь есть, а если нет — этот.",
  accessCodeLabel: "Код доступа для голосования (можно не заполнять)",
  accessCodeHint:
    "Если вы зададите код, людям нужно будет ввести его перед голосованием. Назовите его в зале, а не в трансляции. Если оставить поле пустым, голосовать сможет любой, у кого есть ссылка.",
  saveSettings: "Сохранить настройки",
  saved: "Сохранено",
  exportCsv: "Скачать результаты (CSV)",
  exportJson: "Скачать результаты (JSON)",
  exportXlsx: "Скачать результаты (Excel)",
  openReport: "Результаты для печати",
  exportFailed: "Не удалось скачать результаты. Попробуйте ещё раз.",
  polls: "Опросы",
  noPolls: "Опросов пока нет. Создайте первый.",
  newPoll: "Новый опрос",
  editPoll: "Изменить опрос",
  position: (n) => `№ ${number(n)}`,
  stateDraft: "Не начат",
  stateOpen: "Голосование идёт",
  stateClosed: "Завершён",
  presented: "На экране",
  choiceSummary: (min, max, options) =>
    min === max
      ? `Выбор: ${number(max)} из ${answersGenitive(options)}`
      : min === 1
        ? `Выбор: до ${number(max)} из ${answersGenitive(options)}`
        : `Выбор: от ${number(min)} до ${number(max)} из ${answersGenitive(options)}`,
  ratingSummary: (scale) => `Звёзды от 1 до ${number(scale)}`,
  actionOpen: "Начать голосование",
  actionClose: "Завершить голосование",
  actionReopen: "Начать голосование снова",
  actionEdit: "Изменить",
  actionDuplicate: "Копировать",
  actionUp: "Выше",
  actionDown: "Ниже",
  actionReset: "Сбросить голоса",
  actionDelete: "Удалить",
  moreActions: "Другие действия с этим опросом",
  visibilityLabel: "Результаты для публики",
  visibility: {
    live: "Показывать после голосования",
    closed: "Показывать после завершения",
    hidden: "Не показывать (только здесь)",
  },
  confirmReset: (question, votes) =>
    `Сбросить голоса в «${question}»? ${count(votes, {
      one: "# голос будет удалён.",
      few: "# голоса будут удалены.",
      many: "# голосов будут удалены.",
      other: "# голоса будут удалены.",
    })} Это нельзя отменить.`,
  confirmDelete: (question, votes) =>
    votes > 0
      ? `Удалить «${question}» вместе с ${count(votes, {
          one: "# голосом",
          few: "# голосами",
          many: "# голосами",
          other: "# голоса",
        })}? Это нельзя отменить.`
      : `Удалить «${question}»? Это нельзя отменить.`,
  confirm: "Да, выполнить",
  cancel: "Отмена",
  form: {
    type: "Тип опроса",
    choice: "Выбор из ответов",
    rating: "Оценка звёздами",
    question: "Вопрос",
    options: "Ответы",
    option: (n) => `Ответ ${number(n)}`,
    removeOption: (n) => `Удалить ответ ${number(n)}`,
    addOption: "Добавить ответ",
    minSelections: "Человек выбирает не меньше",
    maxSelections: "и не больше",
    scale: "Количество звёзд",
    save: "Сохранить",
    create: "Создать опрос",
    cancel: "Отмена",
    lockedByVotes,
  },
  problems: {
    INVALID_REQUEST:
      "Это не принято. Проверьте введённое: ни одно поле не должно быть пустым, ни один ответ не должен повторяться.",
    UNAUTHORIZED: "Ваша ссылка модератора не подходит к этому мероприятию.",
    FORBIDDEN: "Здесь это не разрешено.",
    NOT_FOUND: "Этого опроса или мероприятия больше нет.",
    EVENT_CODE_TAKEN: "Этот код уже занят. Выберите другой.",
    INVALID_TRANSITION: "Сейчас это невозможно. Опрос тем временем изменился.",
    POLL_HAS_VOTES: lockedByVotes,
    POLL_CLOSED: "Голосование в этом опросе завершено.",
    ACCESS_CODE_REQUIRED: "Кода доступа нет или он неверный.",
    INVALID_VOTE: "Этот голос не принят.",
    PAYLOAD_TOO_LARGE: "Слишком длинно. Сократите текст.",
    RATE_LIMITED: "Слишком много попыток за короткое время. Подождите минуту и попробуйте снова.",
    QA_DISABLED: "Вопросы на этом мероприятии сейчас выключены.",
    INTERNAL: "На сервере произошла ошибка. Попробуйте ещё раз.",
    OFFLINE: "Нет соединения с сервером. Проверьте сеть и попробуйте ещё раз.",
  },
  dismiss: "Закрыть",
  voteBurst: (newParticipants, seconds, connected) =>
    `Необычно: за ${count(seconds, {
      one: "# секунду",
      few: "# секунды",
      many: "# секунд",
      other: "# секунды",
    })} ${count(newParticipants, {
      one: "проголосовал # новый участник",
      few: "проголосовали # новых участника",
      many: "проголосовали # новых участников",
      other: "проголосовали # нового участника",
    })}, а подключённых телефонов только ${number(connected)}. Возможно, кто-то голосует много раз.`,
  // What the projector shows (the screen choice).
  screenChoice: {
    heading: "Экран проектора",
    showsJoin: "Сейчас на экране: как присоединиться (QR-код и код мероприятия).",
    showsPoll: (question) => `Сейчас на экране: опрос «${question}».`,
    closedHint: "Голосование завершено. Результаты останутся на экране, пока вы не выберете другое.",
    showJoin: "Показать, как присоединиться",
    showPoll: "Показать на экране",
    showsQa: "Сейчас на экране: вопросы участников.",
    showQa: "Показать вопросы",
  },
  translations: {
    heading: "Переводы",
    hint: "Если здесь есть перевод, телефоны показывают вопрос и ответы на своём языке. Если нет, они показывают оригинал.",
    language: "Язык",
    add: "Добавить перевод",
    remove: "Удалить перевод",
    original: "Оригинал",
    questionMissing: (language) => `${language}: пожалуйста, напишите вопрос на этом языке.`,
    optionsMissing: (language) =>
      `${language}: не хватает некоторых ответов. Переведите, пожалуйста, все ответы или ни одного.`,
  },
  // Вопросы от участников на странице модератора.
  qa: {
    heading: "Вопросы от участников",
    onlyHeading: "Модерация вопросов",
    onlyText:
      "По этой ссылке вы можете одобрять, отклонять и выделять вопросы и отмечать, что на них ответили. Опросов и настроек здесь нет.",
    off: "Вопросы выключены. Участники сейчас не могут задавать вопросы.",
    settings: "Настройки вопросов",
    enabled: "Участники могут задавать вопросы",
    preModeration: "Сначала одобрять каждый вопрос",
    preModerationHint: "Тогда новые вопросы видят только модераторы. Все остальные увидят их после вашего одобрения.",
    names: "Разрешить имена",
    blockedWords: "Запрещённые слова (одно слово в строке)",
    blockedWordsHint: "Вопрос с одним из этих слов всегда ждёт одобрения.",
    blockedWordTooLong: (word, max) =>
      `«${word}» — слишком длинное. В запрещённом слове не больше ${count(max, { one: "# символа", few: "# символов", many: "# символов", other: "# символа" })}.`,
    tooManyBlockedWords: (max) => `Слишком много запрещённых слов. Можно не больше ${number(max)}.`,
    save: "Сохранить настройки вопросов",
    queue: (n) => `Ждут одобрения (${number(n)})`,
    queueEmpty: "Ни один вопрос не ждёт одобрения.",
    shown: (n) => `Вопросы, которые видят все (${number(n)})`,
    shownEmpty: "Вопросов пока нет.",
    answeredSection: (n) => `Есть ответ (${number(n)})`,
    archivedSection: (n) => `В архиве (${number(n)})`,
    rejectedSection: (n) => `Отклонённые (${number(n)})`,
    upvotes: (n) => count(n, { one: "# лайк", few: "# лайка", many: "# лайков", other: "# лайка" }),
    highlighted: "Выделен",
    askedBy: (name) => `От: ${name}`,
    approve: "Одобрить",
    reject: "Отклонить",
    highlight: "Выделить",
    answered: "Есть ответ",
    archive: "В архив",
    showAgain: "Снова показать всем",
    delete: "Удалить",
    confirmDelete: (question) => `Удалить вопрос «${question}»? Это нельзя отменить.`,
    shortcuts: "Горячие клавиши",
    shortcutsHint: "Клавиши не работают, пока вы пишете в поле.",
    keys: {
      next: "Следующий вопрос",
      previous: "Предыдущий вопрос",
      approve: "Одобрить",
      reject: "Отклонить",
      highlight: "Выделить или снять выделение",
      answered: "Отметить: есть ответ",
    },
    link: {
      heading: "Ссылка только для вопросов",
      hint: "Для помощника: по этой ссылке можно одобрять и выделять вопросы и отмечать ответы, но нельзя менять опросы и настройки.",
      make: "Создать ссылку",
      remake: "Создать новую ссылку",
      label: "Ссылка для модерации вопросов",
      shownOnce: "Вы видите эту ссылку только сейчас. Скопируйте и передайте её. Новая ссылка отключает старую.",
      revoke: "Отключить ссылку",
      revoked: "Ссылка для вопросов больше не работает.",
    },
    problems: {
      INVALID_TRANSITION: "Сейчас это невозможно. Вопрос тем временем изменился.",
      NOT_FOUND: "Этого вопроса больше нет.",
      INVALID_REQUEST: "Это не принято. Проверьте запрещённые слова.",
    },
  },
};

const report: ReportStrings = {
  title: (event) => `${event}: отчёт о результатах`,
  brand: "Handzeichen · отчёт о результатах",
  toolbar: "Действия с отчётом",
  backToConsole: "Назад к странице модератора",
  print: "Печать / Сохранить как PDF",
  loading: "Загружаем результаты…",
  keyNeeded: "Чтобы увидеть результаты, откройте их со страницы модератора.",
  keyWrong: "Ваша ссылка модератора не подходит к этому мероприятию. Откройте страницу модератора по своей ссылке.",
  failed: "Не удалось загрузить результаты. Обновите страницу.",
  date: "Дата",
  code: "Код мероприятия",
  asOf: "Результаты на",
  noPolls: "В этом мероприятии ещё не начат ни один опрос.",
  pollLabel: (n) => `Вопрос ${number(n)}`,
  stillOpen: "Голосование ещё идёт. Это результаты на данный момент.",
  percentNote: (maxSelections) =>
    maxSelections > 1
      ? `Процент людей, которые проголосовали. Каждый мог выбрать до ${answersGenitive(maxSelections)}, поэтому вместе получается больше 100 %.`
      : "Процент людей, которые проголосовали.",
  ratingNote: "Процент людей, которые проголосовали, для каждого количества звёзд.",
  quote: (text) => `«${text}»`,
  list: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} и ${items[items.length - 1]}`,
  nobodyAnswered: "Никто не проголосовал.",
  choiceSentence: (lead, next) => {
    const share = (group: typeof lead) => (group.tied ? `по ${group.percent}` : group.percent);
    const first = `Чаще всего выбирали ${lead.options} (${share(lead)})`;
    return next ? `${first}, затем ${next.options} (${share(next)}).` : `${first}.`;
  },
  ratingSentence: (average, scale, topShare) =>
    topShare === null
      ? `Средняя оценка: ${average} из ${number(scale)}.`
      : `Средняя оценка: ${average} из ${number(scale)}; ${stars(scale)} поставили ${topShare}.`,
  qa: {
    heading: "Вопросы участников",
    note: "Сначала вопросы с ответом и открытые. Наверху те, у которых больше всего голосов.",
    states: {
      visible: "Открыт",
      answered: "Есть ответ",
      archived: "В архиве",
      pending: "Не одобрен",
      rejected: "Отклонён",
    },
    askedBy: (name) => `Спрашивает: ${name}`,
  },
};

/** Open-text polls and the word cloud: the console and the screens (docs/api.md, "Open-text polls"). */
const words: WordsStrings = {
  kind: "Открытые ответы (облако слов)",
  maxAnswers: "Ответов на человека",
  maxLength: "Символов в ответе",
  preModeration: "Показывать ответы только после одобрения",
  stopWords: "Не считать короткие слова",
  stopWordsHint: "Не считать короткие слова, например «и», «в», «это». Тогда «это кофе» и «кофе» — один ответ.",
  stopWordsOn: "без коротких слов",
  summary: (answers, length) =>
    answers === 1
      ? `Открытый ответ, до ${number(length)} символов`
      : `До ${number(answers)} открытых ответов, каждый до ${number(length)} символов`,
  noAnswers: "Ответов пока нет.",
  hide: "Скрыть",
  show: "Показать снова",
  approve: "Одобрить",
  hidden: "Скрыто",
  pending: "Ждёт одобрения",
  answersBehind: "Посмотреть ответы",
  people: (n) => count(n, { one: "# человек", few: "# человека", many: "# человек", other: "# человека" }),
  listLabel: "Ответы, самые частые сначала",
};

/** Что загружает страница голосования (главная и страница мероприятия): без текстов других страниц. */
export const ruForVoters: VoterStrings = { ...common, home, voter };

export const ru: Strings = { ...ruForVoters, create, screen, console: moderatorConsole, report, words };
