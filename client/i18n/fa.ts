// فارسی: همهٔ متن‌های همهٔ صفحه‌ها (کلیدها: client/i18n/strings.ts؛ واژه‌نامه: docs/translations.md).
// خطاب با «شما»؛ بعد از عدد، اسم مفرد می‌ماند («۵ رأی»)؛ رقم‌های لاتین، مثل کدها و صفحهٔ پروژکتور.
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

const { count, number } = counting("fa");

const common: CommonStrings = {
  locale: "fa",
  languageLabel: "زبان",
  separator: "؛ ",
  reconnecting: "اتصال قطع است. دوباره تلاش می‌کنیم…",
  connecting: "در حال اتصال…",
  votes: (n) => count(n, { one: "# رأی", other: "# رأی" }),
  respondents: (n) => count(n, { one: "# نفر رأی داد", other: "# نفر رأی دادند" }),
  stars: (n) => count(n, { one: "# ستاره", other: "# ستاره" }),
  ratingOutOf: (value, scale) => `${value} از ${number(scale)}`,
  ratingWords: ["بد", "متوسط", "خوب", "خیلی خوب", "عالی"],
  averageRating: "میانگین",
  votingOpen: "رأی‌گیری باز است",
  votingClosed: "رأی‌گیری تمام شد",
  noSuchEvent: (code) => `رویدادی با کد «${code}» وجود ندارد.`,
  eventGone: "این رویداد تمام شده یا حذف شده است.",
};

const home: HomeStrings = {
  title: "Handzeichen: رأی‌گیری زنده",
  heading: "شرکت در رأی‌گیری",
  codeLabel: "کد رویداد",
  codeHint: "کد را روی صفحهٔ جلوی سالن می‌بینید، مثلاً 123456.",
  join: "شرکت",
  checking: "در حال بررسی…",
  noCode: "لطفاً کد رویداد را وارد کنید.",
  unknownCode: (code) => `رویدادی با کد «${code}» وجود ندارد. لطفاً کد را بررسی کنید.`,
  offline: "اتصال به سرور برقرار نیست. لطفاً دوباره تلاش کنید.",
  organiser: "سخنرانی یا جلسه‌ای برگزار می‌کنید؟",
  createLink: "ساختن رویداد",
};

const create: CreateStrings = {
  title: "Handzeichen: ساختن رویداد",
  heading: "رویداد جدید",
  titleLabel: "نام رویداد",
  codeLabel: "کد (اختیاری)",
  codeHint: "3 تا 32 حرف لاتین (a–z)، رقم یا خط تیره. اگر خالی بگذارید، یک کد 6 رقمی می‌گیرید.",
  localeLabel: "زبان رویداد",
  submit: "ساختن رویداد",
  creating: "در حال ساختن…",
  readyHeading: "رویداد شما آماده است",
  keyWarning:
    "این لینک مدیریت شماست. آن را در جای امنی نگه دارید و به کسی ندهید: هر کسی این لینک را داشته باشد، می‌تواند نظرسنجی‌های شما را تغییر دهد. این لینک فقط همین یک بار نشان داده می‌شود.",
  moderatorLink: "لینک مدیریت",
  copy: "کپی",
  copied: "کپی شد",
  openConsole: "باز کردن صفحهٔ مدیریت",
  codeTaken: "این کد قبلاً گرفته شده است. لطفاً کد دیگری انتخاب کنید.",
  invalid: "لطفاً نام و کد را بررسی کنید.",
  limited: "از این شبکه رویدادهای تازهٔ زیادی ساخته شده است. لطفاً بعداً دوباره تلاش کنید.",
  failed: "ساختن رویداد انجام نشد. لطفاً دوباره تلاش کنید.",
};

const voter: VotingStrings = {
  title: (event) => `${event}: رأی دادن`,
  otherCode: "وارد کردن کد دیگر",
  accessHeading: "این رویداد کد ورود می‌خواهد",
  accessText: "برگزارکنندگان کد ورود را در سالن به شما می‌گویند.",
  accessLabel: "کد ورود",
  accessSubmit: "ادامه",
  accessWrong: "این کد ورود درست نیست. لطفاً آن را بررسی کنید و دوباره تلاش کنید.",
  accessChecking: "در حال بررسی…",
  accessLimited: "از این شبکه کدهای نادرست زیادی آمده است. لطفاً یک دقیقه صبر کنید و بعد دوباره تلاش کنید.",
  waitingHeading: "منتظر سؤال بعدی",
  waitingText: "این صفحه را باز نگه دارید. سؤال بعدی خودبه‌خود اینجا می‌آید.",
  chooseOne: "یک پاسخ انتخاب کنید.",
  chooseExactly: (n) => `دقیقاً ${number(n)} پاسخ انتخاب کنید.`,
  chooseUpTo: (max) => `حداکثر ${number(max)} پاسخ انتخاب کنید.`,
  chooseBetween: (min, max) => `${number(min)} تا ${number(max)} پاسخ انتخاب کنید.`,
  chosenCount: (n, max) => `${number(n)} از ${number(max)} انتخاب شد.`,
  maxReached: (max) => `شما ${number(max)} پاسخ انتخاب کرده‌اید. برای انتخاب پاسخ دیگر، اول یکی از علامت‌ها را بردارید.`,
  chooseAtLeast: (n) => (n === 1 ? "لطفاً یک پاسخ انتخاب کنید." : `لطفاً دست‌کم ${number(n)} پاسخ انتخاب کنید.`),
  rateHint: (scale) => `از 1 تا ${number(scale)} ستاره انتخاب کنید.`,
  pickRating: "لطفاً تعداد ستاره‌ها را انتخاب کنید.",
  notRated: "هنوز ستاره‌ای انتخاب نشده است.",
  send: "ارسال رأی من",
  saveChange: "ذخیرهٔ تغییر",
  sending: "در حال ارسال…",
  keepVote: "رأی من بماند",
  sendWhenOnline: "اتصال قطع است – وقتی دوباره آنلاین شوید، ارسال می‌شود",
  connectionBack: "اتصال دوباره برقرار شد.",
  readAloud: "خواندن با صدای بلند",
  counted: "رأی شما شمرده شد.",
  thanks: "متشکریم! رأی شما شمرده شد.",
  yourAnswer: "پاسخ شما",
  yourRating: "امتیاز شما",
  youDidNotVote: "شما در این سؤال رأی نداده‌اید.",
  changeVote: "تغییر رأی من",
  yourChoice: "انتخاب شما",
  resultsSoFar: "نتایج تا این لحظه",
  finalResults: "نتایج نهایی",
  resultsWhenClosed: "وقتی رأی‌گیری تمام شود، نتایج را اینجا می‌بینید.",
  resultsHidden: "نتایج این سؤال اینجا نشان داده نمی‌شود.",
  errors: {
    POLL_CLOSED: "رأی‌گیری این سؤال همین الان تمام شد.",
    INVALID_VOTE: "این رأی پذیرفته نشد. لطفاً انتخاب خود را بررسی کنید و دوباره تلاش کنید.",
    RATE_LIMITED: "تلاش‌ها زیاد بود. لطفاً کمی صبر کنید و دوباره تلاش کنید.",
    other: "رأی شما ارسال نشد. لطفاً دوباره تلاش کنید.",
  },
  pollText: { showOriginal: "نمایش متن اصلی", showTranslation: "نمایش به فارسی" },
};

const screen: ScreenStrings = {
  title: (event) => `${event}: نتایج`,
  joinHeading: "با گوشی خود رأی دهید",
  scan: "کد را با دوربین اسکن کنید",
  orGoTo: "یا به این نشانی بروید",
  code: "کد",
  qrLabel: (url) => `کد QR برای ${url}`,
  waitingHeading: "سؤال بعدی اینجا نشان داده می‌شود.",
  waitingText: "همین حالا وارد شوید تا وقتی رأی‌گیری شروع شد، آماده باشید.",
  closedBadge: "رأی‌گیری تمام شد · نتایج نهایی",
  openBadge: "رأی‌گیری باز است",
  resultsHidden: "نتایج این سؤال نشان داده نمی‌شود.",
  announceOpen: (question) => `رأی‌گیری باز است: ${question}`,
  announceClosed: (question) => `رأی‌گیری تمام شد: ${question}`,
};

const lockedByVotes = "این نظرسنجی رأی دارد. برای تغییر پاسخ‌ها یا ستاره‌ها، اول رأی‌ها را پاک کنید.";

const moderatorConsole: ConsoleStrings = {
  title: (event) => `${event}: صفحهٔ مدیریت`,
  brand: "Handzeichen · صفحهٔ مدیریت",
  keyHeading: "لطفاً لینک مدیریت خود را باز کنید",
  keyText: "این صفحه را با لینک مدیریت خود باز کنید یا لینک را اینجا بچسبانید.",
  keyLabel: "لینک مدیریت",
  keySubmit: "ادامه",
  keyWrong: "این لینک مال این رویداد نیست. لطفاً لینک مدیریت خود را بررسی کنید.",
  keyLimited: "از این شبکه تلاش‌های نادرست زیادی شده است. لطفاً یک دقیقه صبر کنید و بعد دوباره تلاش کنید.",
  links: "لینک‌ها",
  voterLink: "صفحهٔ رأی دادن برای حاضران",
  presentLink: "صفحهٔ پروژکتور",
  overlayLink: "لایه روی پخش زنده (OBS)",
  overlaySettings: "تغییر ظاهر لایه",
  overlayPlace: "جا",
  places: { bottom: "پایین", top: "بالا", left: "چپ", right: "راست" },
  overlayColours: "رنگ‌ها",
  colours: { dark: "نوشتهٔ روشن روی زمینهٔ تیره", light: "نوشتهٔ تیره روی زمینهٔ روشن" },
  overlayJoin: "نشان دادن راه شرکت",
  overlayQr: "نشان دادن کد QR",
  overlayGreen: "زمینهٔ سبز (برای کروماکی)",
  overlayLanguage: "زبان",
  eventLanguage: "زبان رویداد",
  copy: "کپی",
  copied: "کپی شد",
  open: "باز کردن",
  qrFor: (what) => `کد QR: ${what}`,
  copyModeratorLink: "کپی لینک مدیریت",
  settings: "تنظیمات رویداد",
  titleLabel: "نام رویداد",
  localeLabel: "زبان رویداد",
  localeHint:
    "صفحهٔ پروژکتور این زبان را نشان می‌دهد. گوشی‌ها اگر زبان خودشان اینجا باشد همان را نشان می‌دهند، وگرنه این زبان را.",
  accessCodeLabel: "کد ورود برای رأی دادن (اختیاری)",
  accessCodeHint:
    "اگر کدی بگذارید، هر کس باید پیش از رأی دادن آن را وارد کند. کد را در سالن بگویید، نه در پخش زنده. اگر خالی بماند، هر کسی که لینک را دارد می‌تواند رأی بدهد.",
  saveSettings: "ذخیرهٔ تنظیمات",
  saved: "ذخیره شد",
  exportCsv: "دانلود نتایج (CSV)",
  exportJson: "دانلود نتایج (JSON)",
  exportXlsx: "دانلود نتایج (Excel)",
  openReport: "نتایج برای چاپ",
  exportFailed: "دانلود نتایج انجام نشد. لطفاً دوباره تلاش کنید.",
  polls: "نظرسنجی‌ها",
  noPolls: "هنوز نظرسنجی‌ای نیست. اولین نظرسنجی را بسازید.",
  newPoll: "نظرسنجی تازه",
  editPoll: "تغییر نظرسنجی",
  position: (n) => `شمارهٔ ${number(n)}`,
  stateDraft: "شروع نشده",
  stateOpen: "رأی‌گیری باز",
  stateClosed: "تمام شده",
  presented: "روی صفحه",
  choiceSummary: (min, max, options) =>
    min === max
      ? `انتخاب ${number(max)} از ${number(options)} پاسخ`
      : min === 1
        ? `انتخاب حداکثر ${number(max)} از ${number(options)} پاسخ`
        : `انتخاب ${number(min)} تا ${number(max)} از ${number(options)} پاسخ`,
  ratingSummary: (scale) => `ستاره از 1 تا ${number(scale)}`,
  actionOpen: "شروع رأی‌گیری",
  actionClose: "پایان رأی‌گیری",
  actionReopen: "شروع دوبارهٔ رأی‌گیری",
  actionEdit: "تغییر",
  actionDuplicate: "کپی",
  actionUp: "بالاتر",
  actionDown: "پایین‌تر",
  actionReset: "پاک کردن رأی‌ها",
  actionDelete: "حذف",
  moreActions: "کارهای دیگر برای این نظرسنجی",
  visibilityLabel: "نتایج برای حاضران",
  visibility: {
    live: "نشان دادن پس از رأی دادن",
    closed: "نشان دادن پس از پایان رأی‌گیری",
    hidden: "نشان داده نشود (فقط اینجا)",
  },
  confirmReset: (question, votes) =>
    `رأی‌های «${question}» پاک شوند؟ ${count(votes, {
      one: "# رأی پاک می‌شود.",
      other: "همهٔ # رأی پاک می‌شود.",
    })} این کار برگشت‌پذیر نیست.`,
  confirmDelete: (question, votes) =>
    votes > 0
      ? `«${question}» همراه با ${number(votes)} رأی حذف شود؟ این کار برگشت‌پذیر نیست.`
      : `«${question}» حذف شود؟ این کار برگشت‌پذیر نیست.`,
  confirm: "بله، انجام شود",
  cancel: "انصراف",
  form: {
    type: "نوع نظرسنجی",
    choice: "انتخاب از میان پاسخ‌ها",
    rating: "امتیاز با ستاره",
    question: "سؤال",
    options: "پاسخ‌ها",
    option: (n) => `پاسخ ${number(n)}`,
    removeOption: (n) => `حذف پاسخ ${number(n)}`,
    addOption: "افزودن پاسخ",
    minSelections: "کمترین تعداد انتخاب",
    maxSelections: "بیشترین تعداد انتخاب",
    scale: "تعداد ستاره‌ها",
    save: "ذخیره",
    create: "ساختن نظرسنجی",
    cancel: "انصراف",
    lockedByVotes,
  },
  problems: {
    INVALID_REQUEST:
      "این پذیرفته نشد. لطفاً نوشته‌ها را بررسی کنید: هیچ خانه‌ای نباید خالی باشد و هیچ پاسخی نباید دو بار بیاید.",
    UNAUTHORIZED: "لینک مدیریت شما مال این رویداد نیست.",
    FORBIDDEN: "این کار اینجا مجاز نیست.",
    NOT_FOUND: "این نظرسنجی یا رویداد دیگر وجود ندارد.",
    EVENT_CODE_TAKEN: "این کد قبلاً گرفته شده است. لطفاً کد دیگری انتخاب کنید.",
    INVALID_TRANSITION: "این کار الان ممکن نیست. نظرسنجی در این فاصله تغییر کرده است.",
    POLL_HAS_VOTES: lockedByVotes,
    POLL_CLOSED: "رأی‌گیری این نظرسنجی تمام شده است.",
    ACCESS_CODE_REQUIRED: "کد ورود وارد نشده یا درست نیست.",
    INVALID_VOTE: "این رأی پذیرفته نشد.",
    PAYLOAD_TOO_LARGE: "این متن خیلی طولانی است. لطفاً آن را کوتاه‌تر کنید.",
    RATE_LIMITED: "در زمان کوتاهی تلاش‌های زیادی شد. لطفاً یک دقیقه صبر کنید و بعد دوباره تلاش کنید.",
    QA_DISABLED: "پرسیدن سؤال در این رویداد الان ممکن نیست.",
    INTERNAL: "در سرور مشکلی پیش آمد. لطفاً دوباره تلاش کنید.",
    OFFLINE: "اتصال به سرور برقرار نیست. لطفاً شبکه را بررسی کنید و دوباره تلاش کنید.",
  },
  dismiss: "بستن",
  voteBurst: (newParticipants, seconds, connected) =>
    `غیرعادی: در ${number(seconds)} ثانیه ${count(newParticipants, {
      one: "# نفر تازه رأی داد",
      other: "# نفر تازه رأی دادند",
    })}، در حالی که فقط ${number(connected)} گوشی وصل است. شاید کسی چند بار رأی می‌دهد.`,
  // What the projector shows (the screen choice).
  screenChoice: {
    heading: "صفحهٔ پروژکتور",
    showsJoin: "الان روی صفحه: راه شرکت کردن (کد QR و کد رویداد).",
    showsPoll: (question) => `الان روی صفحه: نظرسنجی «${question}».`,
    closedHint: "رأی‌گیری تمام شد. نتایج روی صفحه می‌ماند تا شما چیز دیگری انتخاب کنید.",
    showJoin: "نشان دادن راه شرکت",
    showPoll: "نشان دادن روی صفحه",
  },
  translations: {
    heading: "ترجمه‌ها",
    hint: "اگر اینجا ترجمه‌ای باشد، گوشی‌ها سؤال و پاسخ‌ها را به زبان خودشان نشان می‌دهند. اگر نباشد، متن اصلی را نشان می‌دهند.",
    language: "زبان",
    add: "افزودن ترجمه",
    remove: "حذف ترجمه",
    original: "متن اصلی",
    questionMissing: (language) => `${language}: لطفاً سؤال را به این زبان بنویسید.`,
    optionsMissing: (language) => `${language}: بعضی از پاسخ‌ها خالی است. لطفاً همهٔ پاسخ‌ها را ترجمه کنید یا هیچ‌کدام را.`,
  },
};

const report: ReportStrings = {
  title: (event) => `${event}: گزارش نتایج`,
  brand: "Handzeichen · گزارش نتایج",
  toolbar: "ابزارهای گزارش",
  backToConsole: "بازگشت به صفحهٔ مدیریت",
  print: "چاپ / ذخیره به صورت PDF",
  loading: "در حال بارگیری نتایج…",
  keyNeeded: "برای دیدن نتایج، لطفاً آن‌ها را از صفحهٔ مدیریت باز کنید.",
  keyWrong: "لینک مدیریت شما مال این رویداد نیست. لطفاً صفحهٔ مدیریت را با لینک مدیریت خود باز کنید.",
  failed: "بارگیری نتایج انجام نشد. لطفاً صفحه را دوباره باز کنید.",
  date: "تاریخ",
  code: "کد رویداد",
  asOf: "نتایج تا",
  noPolls: "هنوز هیچ نظرسنجی‌ای در این رویداد شروع نشده است.",
  pollLabel: (n) => `سؤال ${number(n)}`,
  stillOpen: "رأی‌گیری هنوز باز است. این‌ها نتایج تا این لحظه هستند.",
  percentNote: (maxSelections) =>
    maxSelections > 1
      ? `درصد کسانی که رأی دادند. هر نفر می‌توانست تا ${number(maxSelections)} پاسخ انتخاب کند، برای همین جمع درصدها بیشتر از 100% است.`
      : "درصد کسانی که رأی دادند.",
  ratingNote: "درصد کسانی که رأی دادند، برای هر تعداد ستاره.",
  quote: (text) => `«${text}»`,
  list: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join("، ")} و ${items[items.length - 1]}`,
  nobodyAnswered: "هیچ‌کس رأی نداد.",
  choiceSentence: (lead, next) => {
    const share = (group: typeof lead) => (group.tied ? `هر کدام ${group.percent}` : group.percent);
    const first = `بیشترین انتخاب: ${lead.options} (${share(lead)})`;
    return next ? `${first}، سپس ${next.options} (${share(next)}).` : `${first}.`;
  },
  ratingSentence: (average, scale, topShare) =>
    topShare === null
      ? `میانگین امتیاز: ${average} از ${number(scale)}.`
      : `میانگین امتیاز: ${average} از ${number(scale)}؛ سهم کسانی که ${number(scale)} ستاره دادند: ${topShare}.`,
};

/** Open-text polls and the word cloud: the console and the screens (docs/api.md, "Open-text polls"). */
const words: WordsStrings = {
  kind: "پاسخ‌های باز (ابر واژه‌ها)",
  maxAnswers: "تعداد پاسخ برای هر نفر",
  maxLength: "تعداد حرف در هر پاسخ",
  preModeration: "پاسخ‌ها فقط پس از تأیید شما نشان داده شوند",
  summary: (answers, length) =>
    answers === 1
      ? `پاسخ باز، تا ${number(length)} حرف`
      : `تا ${number(answers)} پاسخ باز، هر کدام تا ${number(length)} حرف`,
  noAnswers: "هنوز پاسخی نیامده است.",
  hide: "پنهان کردن",
  show: "دوباره نشان دادن",
  approve: "تأیید",
  hidden: "پنهان شده",
  pending: "در انتظار تأیید",
  answersBehind: "دیدن پاسخ‌ها",
  people: (n) => count(n, { one: "# نفر", other: "# نفر" }),
  listLabel: "پاسخ‌ها، پرتکرارترین اول",
};

/** آنچه صفحهٔ رأی دادن (صفحهٔ اصلی و صفحهٔ رویداد) بار می‌کند: بدون متن‌های صفحه‌های دیگر. */
export const faForVoters: VoterStrings = { ...common, home, voter };

export const fa: Strings = { ...faForVoters, create, screen, console: moderatorConsole, report, words };
