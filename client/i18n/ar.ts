// العربية: كل نصوص كل الصفحات (المفاتيح: client/i18n/strings.ts؛ المصطلحات: docs/translations.md).
// عربية فصحى بسيطة؛ «يُرجى» والمصدر بدل صيغة المذكر أو المؤنث؛ ستّ صيغ للعدد؛ أرقام غربية.
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

const { count, number } = counting("ar");

const votes = (n: number) =>
  count(n, {
    zero: "لا أصوات",
    one: "صوت واحد",
    two: "صوتان",
    few: "# أصوات",
    many: "# صوتًا",
    other: "# صوت",
  });

const stars = (n: number) =>
  count(n, {
    zero: "لا نجوم",
    one: "نجمة واحدة",
    two: "نجمتان",
    few: "# نجوم",
    many: "# نجمة",
    other: "# نجمة",
  });

const common: CommonStrings = {
  locale: "ar",
  languageLabel: "اللغة",
  separator: "؛ ",
  reconnecting: "لا يوجد اتصال. جارٍ المحاولة من جديد…",
  connecting: "جارٍ الاتصال…",
  votes,
  respondents: (n) =>
    count(n, {
      zero: "لم يصوّت أحد",
      one: "صوّت شخص واحد",
      two: "صوّت شخصان",
      few: "صوّت # أشخاص",
      many: "صوّت # شخصًا",
      other: "صوّت # شخص",
    }),
  stars,
  ratingOutOf: (value, scale) => `${value} من ${number(scale)}`,
  ratingWords: ["سيئ", "مقبول", "جيد", "جيد جدًا", "ممتاز"],
  averageRating: "المتوسط",
  votingOpen: "التصويت مفتوح",
  votingClosed: "انتهى التصويت",
  noSuchEvent: (code) => `لا توجد فعالية بالرمز «${code}».`,
  eventGone: "انتهت هذه الفعالية أو حُذفت.",
};

const home: HomeStrings = {
  title: "Handzeichen: تصويت مباشر",
  heading: "المشاركة في تصويت",
  codeLabel: "رمز الفعالية",
  codeHint: "الرمز معروض على الشاشة في الأمام، مثلًا 123456.",
  join: "مشاركة",
  checking: "جارٍ التحقق…",
  noCode: "يُرجى كتابة رمز الفعالية.",
  unknownCode: (code) => `لا توجد فعالية بالرمز «${code}». يُرجى التحقق من الرمز.`,
  offline: "لا يوجد اتصال بالخادم. يُرجى المحاولة مرة أخرى.",
  organiser: "هل تنظّمون محاضرة أو اجتماعًا؟",
  createLink: "إنشاء فعالية",
};

const create: CreateStrings = {
  title: "Handzeichen: إنشاء فعالية",
  heading: "فعالية جديدة",
  titleLabel: "اسم الفعالية",
  codeLabel: "الرمز (اختياري)",
  codeHint: "من 3 إلى 32 حرفًا لاتينيًا (a–z) أو رقمًا أو شرطة. إذا بقي فارغًا، يُعطى رمز من 6 أرقام.",
  localeLabel: "لغة الفعالية",
  submit: "إنشاء الفعالية",
  creating: "جارٍ الإنشاء…",
  readyHeading: "الفعالية جاهزة",
  keyWarning:
    "هذا رابط المشرف الخاص بكم. احتفظوا به في مكان آمن ولا تعطوه لأحد: كل من يملكه يستطيع تغيير استطلاعاتكم. يظهر هذا الرابط مرة واحدة فقط.",
  moderatorLink: "رابط المشرف",
  copy: "نسخ",
  copied: "تم النسخ",
  openConsole: "فتح صفحة المشرف",
  codeTaken: "هذا الرمز مستخدم من قبل. يُرجى اختيار رمز آخر.",
  invalid: "يُرجى التحقق من الاسم والرمز.",
  limited: "أُنشئت فعاليات جديدة كثيرة من هذه الشبكة. يُرجى المحاولة لاحقًا.",
  failed: "تعذّر إنشاء الفعالية. يُرجى المحاولة مرة أخرى.",
};

const voter: VotingStrings = {
  title: (event) => `${event}: التصويت`,
  otherCode: "كتابة رمز آخر",
  accessHeading: "هذه الفعالية تطلب رمز دخول",
  accessText: "يخبركم المنظمون برمز الدخول في القاعة.",
  accessLabel: "رمز الدخول",
  accessSubmit: "متابعة",
  accessWrong: "رمز الدخول غير صحيح. يُرجى التحقق منه والمحاولة مرة أخرى.",
  accessChecking: "جارٍ التحقق…",
  accessLimited: "وصلت رموز خاطئة كثيرة من هذه الشبكة. يُرجى الانتظار دقيقة واحدة ثم المحاولة مرة أخرى.",
  waitingHeading: "في انتظار السؤال التالي",
  waitingText: "يُرجى إبقاء هذه الصفحة مفتوحة. سيظهر السؤال التالي هنا تلقائيًا.",
  chooseOne: "يُرجى اختيار إجابة واحدة.",
  chooseExactly: (n) =>
    count(n, {
      zero: "يُرجى اختيار # إجابة بالضبط.",
      one: "يُرجى اختيار إجابة واحدة.",
      two: "يُرجى اختيار إجابتين بالضبط.",
      few: "يُرجى اختيار # إجابات بالضبط.",
      many: "يُرجى اختيار # إجابة بالضبط.",
      other: "يُرجى اختيار # إجابة بالضبط.",
    }),
  chooseUpTo: (max) =>
    count(max, {
      zero: "يُرجى اختيار # إجابة على الأكثر.",
      one: "يُرجى اختيار إجابة واحدة على الأكثر.",
      two: "يُرجى اختيار إجابتين على الأكثر.",
      few: "يُرجى اختيار # إجابات على الأكثر.",
      many: "يُرجى اختيار # إجابة على الأكثر.",
      other: "يُرجى اختيار # إجابة على الأكثر.",
    }),
  chooseBetween: (min, max) =>
    count(max, {
      zero: `يُرجى اختيار من ${number(min)} إلى # إجابة.`,
      one: `يُرجى اختيار من ${number(min)} إلى # إجابة.`,
      two: `يُرجى اختيار من ${number(min)} إلى # إجابة.`,
      few: `يُرجى اختيار من ${number(min)} إلى # إجابات.`,
      many: `يُرجى اختيار من ${number(min)} إلى # إجابة.`,
      other: `يُرجى اختيار من ${number(min)} إلى # إجابة.`,
    }),
  chosenCount: (n, max) => `تم اختيار ${number(n)} من ${number(max)}.`,
  maxReached: (max) =>
    `تم اختيار ${number(max)}، وهذا هو الحد الأقصى. لاختيار إجابة أخرى، يُرجى إزالة علامة واحدة أولًا.`,
  chooseAtLeast: (n) =>
    count(n, {
      zero: "يُرجى اختيار إجابة.",
      one: "يُرجى اختيار إجابة.",
      two: "يُرجى اختيار إجابتين على الأقل.",
      few: "يُرجى اختيار # إجابات على الأقل.",
      many: "يُرجى اختيار # إجابة على الأقل.",
      other: "يُرجى اختيار # إجابة على الأقل.",
    }),
  rateHint: (scale) => `عدد النجوم: من 1 إلى ${number(scale)}.`,
  pickRating: "يُرجى اختيار عدد النجوم.",
  notRated: "لم يتم اختيار نجوم بعد.",
  send: "إرسال صوتي",
  saveChange: "حفظ التغيير",
  sending: "جارٍ الإرسال…",
  keepVote: "الإبقاء على صوتي",
  sendWhenOnline: "لا يوجد اتصال – سيُرسَل الصوت عند عودة الاتصال",
  connectionBack: "عاد الاتصال.",
  readAloud: "قراءة بصوت عالٍ",
  counted: "تم احتساب صوتك.",
  thanks: "شكرًا! تم احتساب صوتك.",
  yourAnswer: "إجابتك",
  yourRating: "تقييمك",
  youDidNotVote: "لا يوجد صوت منك على هذا السؤال.",
  changeVote: "تغيير صوتي",
  yourChoice: "اختيارك",
  resultsSoFar: "النتائج حتى الآن",
  finalResults: "النتائج النهائية",
  resultsWhenClosed: "ستظهر النتائج هنا عند انتهاء التصويت.",
  resultsHidden: "نتائج هذا السؤال لا تُعرض هنا.",
  errors: {
    POLL_CLOSED: "انتهى التصويت على هذا السؤال للتو.",
    INVALID_VOTE: "لم يُقبل هذا الصوت. يُرجى التحقق من الاختيار والمحاولة مرة أخرى.",
    RATE_LIMITED: "محاولات كثيرة. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.",
    other: "تعذّر إرسال صوتك. يُرجى المحاولة مرة أخرى.",
  },
  pollText: { showOriginal: "عرض النص الأصلي", showTranslation: "عرض بالعربية" },
  views: { poll: "الاستطلاع", questions: "الأسئلة" },
};

const screen: ScreenStrings = {
  title: (event) => `${event}: النتائج`,
  joinHeading: "صوّتوا بهواتفكم",
  scan: "امسحوا الرمز بالكاميرا",
  orGoTo: "أو افتحوا",
  code: "الرمز",
  qrLabel: (url) => `رمز QR للعنوان ${url}`,
  waitingHeading: "سيظهر السؤال التالي هنا.",
  waitingText: "انضموا الآن لتكونوا جاهزين عند بدء التصويت.",
  closedBadge: "انتهى التصويت · النتائج النهائية",
  openBadge: "التصويت مفتوح",
  resultsHidden: "نتائج هذا السؤال لا تُعرض.",
  announceOpen: (question) => `التصويت مفتوح: ${question}`,
  announceClosed: (question) => `انتهى التصويت: ${question}`,
  qa: {
    heading: "أسئلة الحضور",
    label: "سؤال من الحضور",
    empty: "لا توجد أسئلة بعد. اطرحوا أسئلتكم من هواتفكم.",
    askedBy: (name) => `السائل: ${name}`,
    others: "أسئلة أخرى",
    announce: (question) => `السؤال الآن: ${question}`,
    joinHeading: "اسألوا من هواتفكم",
  },
};

const lockedByVotes = "في هذا الاستطلاع أصوات. لتغيير الإجابات أو النجوم، يُرجى مسح الأصوات أولًا.";

/** "سيُحذف صوت واحد." … "ستُحذف 3 أصوات." */
const votesDeleted = (n: number) =>
  count(n, {
    zero: "لا توجد أصوات.",
    one: "سيُحذف صوت واحد.",
    two: "سيُحذف صوتان.",
    few: "ستُحذف # أصوات.",
    many: "سيُحذف # صوتًا.",
    other: "سيُحذف # صوت.",
  });

/** "من 6 إجابات": how many answers a poll offers, after "of". */
const ofAnswers = (n: number) =>
  count(n, {
    zero: "من # إجابة",
    one: "من إجابة واحدة",
    two: "من إجابتين",
    few: "من # إجابات",
    many: "من # إجابة",
    other: "من # إجابة",
  });

const moderatorConsole: ConsoleStrings = {
  title: (event) => `${event}: صفحة المشرف`,
  brand: "Handzeichen · صفحة المشرف",
  keyHeading: "يُرجى فتح رابط المشرف",
  keyText: "يُرجى فتح هذه الصفحة برابط المشرف، أو لصق الرابط هنا.",
  keyLabel: "رابط المشرف",
  keySubmit: "متابعة",
  keyWrong: "هذا الرابط لا يخص هذه الفعالية. يُرجى التحقق من رابط المشرف.",
  keyLimited: "محاولات خاطئة كثيرة من هذه الشبكة. يُرجى الانتظار دقيقة واحدة ثم المحاولة مرة أخرى.",
  links: "الروابط",
  voterLink: "صفحة التصويت للجمهور",
  presentLink: "شاشة العرض",
  overlayLink: "طبقة للبث المباشر (OBS)",
  overlaySettings: "تغيير شكل الطبقة",
  overlayPlace: "المكان",
  places: { bottom: "في الأسفل", top: "في الأعلى", left: "على اليسار", right: "على اليمين" },
  overlayColours: "الألوان",
  colours: { dark: "نص فاتح على خلفية داكنة", light: "نص داكن على خلفية فاتحة" },
  overlayQa: "إظهار سؤال الحضور المُبرَز فقط",
  overlayJoin: "إظهار طريقة المشاركة",
  overlayQr: "إظهار رمز QR",
  overlayGreen: "خلفية خضراء (لمفتاح الكروما)",
  overlayLanguage: "اللغة",
  eventLanguage: "لغة الفعالية",
  copy: "نسخ",
  copied: "تم النسخ",
  open: "فتح",
  qrFor: (what) => `رمز QR: ${what}`,
  copyModeratorLink: "نسخ رابط المشرف",
  settings: "إعدادات الفعالية",
  titleLabel: "اسم الفعالية",
  localeLabel: "لغة الفعالية",
  localeHint: "تعرض شاشة العرض هذه اللغة. تعرض الهواتف لغتها إن كانت متوفرة هنا، وإلا فهذه اللغة.",
  accessCodeLabel: "رمز الدخول للتصويت (اختياري)",
  accessCodeHint:
    "إذا وُضع رمز، يجب كتابته قبل التصويت. يُقال الرمز في القاعة، لا في البث. إذا بقي فارغًا، يستطيع كل من لديه الرابط أن يصوّت.",
  saveSettings: "حفظ الإعدادات",
  saved: "تم الحفظ",
  exportCsv: "تنزيل النتائج (CSV)",
  exportJson: "تنزيل النتائج (JSON)",
  exportXlsx: "تنزيل النتائج (Excel)",
  openReport: "النتائج للطباعة",
  exportFailed: "تعذّر تنزيل النتائج. يُرجى المحاولة مرة أخرى.",
  polls: "الاستطلاعات",
  noPolls: "لا توجد استطلاعات بعد. يُرجى إنشاء أول استطلاع.",
  newPoll: "استطلاع جديد",
  editPoll: "تغيير الاستطلاع",
  position: (n) => `رقم ${number(n)}`,
  stateDraft: "لم يبدأ",
  stateOpen: "التصويت مفتوح",
  stateClosed: "انتهى التصويت",
  presented: "على الشاشة",
  choiceSummary: (min, max, options) =>
    min === max
      ? `اختيار ${number(max)} ${ofAnswers(options)}`
      : min === 1
        ? `اختيار ${number(max)} على الأكثر ${ofAnswers(options)}`
        : `اختيار ${number(min)} إلى ${number(max)} ${ofAnswers(options)}`,
  ratingSummary: (scale) => `نجوم من 1 إلى ${number(scale)}`,
  actionOpen: "بدء التصويت",
  actionClose: "إنهاء التصويت",
  actionReopen: "بدء التصويت من جديد",
  actionEdit: "تغيير",
  actionDuplicate: "نسخ",
  actionUp: "نقل إلى الأعلى",
  actionDown: "نقل إلى الأسفل",
  actionReset: "مسح الأصوات",
  actionDelete: "حذف",
  moreActions: "المزيد لهذا الاستطلاع",
  visibilityLabel: "النتائج للجمهور",
  visibility: {
    live: "تُعرض بعد التصويت",
    closed: "تُعرض عند انتهاء التصويت",
    hidden: "لا تُعرض (هنا فقط)",
  },
  confirmReset: (question, votes) => `مسح أصوات «${question}»؟ ${votesDeleted(votes)} لا يمكن التراجع عن ذلك.`,
  confirmDelete: (question, votes) =>
    votes > 0
      ? `حذف «${question}»؟ ${votesDeleted(votes)} لا يمكن التراجع عن ذلك.`
      : `حذف «${question}»؟ لا يمكن التراجع عن ذلك.`,
  confirm: "نعم، تنفيذ",
  cancel: "إلغاء",
  form: {
    type: "نوع الاستطلاع",
    choice: "اختيار من إجابات",
    rating: "تقييم بالنجوم",
    question: "السؤال",
    options: "الإجابات",
    option: (n) => `الإجابة ${number(n)}`,
    removeOption: (n) => `حذف الإجابة ${number(n)}`,
    addOption: "إضافة إجابة",
    minSelections: "أقل عدد للاختيار",
    maxSelections: "وأكبر عدد",
    scale: "عدد النجوم",
    save: "حفظ",
    create: "إنشاء الاستطلاع",
    cancel: "إلغاء",
    lockedByVotes,
  },
  problems: {
    INVALID_REQUEST: "لم يُقبل ذلك. يُرجى التحقق من المدخلات: لا يجوز أن يبقى أي حقل فارغًا، ولا أن تتكرر إجابة.",
    UNAUTHORIZED: "رابط المشرف لا يخص هذه الفعالية.",
    FORBIDDEN: "هذا غير مسموح هنا.",
    NOT_FOUND: "هذا الاستطلاع أو هذه الفعالية لم يعد موجودًا.",
    EVENT_CODE_TAKEN: "هذا الرمز مستخدم من قبل. يُرجى اختيار رمز آخر.",
    INVALID_TRANSITION: "هذا غير ممكن الآن. لقد تغيّر الاستطلاع في هذه الأثناء.",
    POLL_HAS_VOTES: lockedByVotes,
    POLL_CLOSED: "انتهى التصويت على هذا الاستطلاع.",
    ACCESS_CODE_REQUIRED: "رمز الدخول ناقص أو غير صحيح.",
    INVALID_VOTE: "لم يُقبل هذا الصوت.",
    PAYLOAD_TOO_LARGE: "النص طويل جدًا. يُرجى تقصيره.",
    RATE_LIMITED: "محاولات كثيرة في وقت قصير. يُرجى الانتظار دقيقة واحدة ثم المحاولة مرة أخرى.",
    QA_DISABLED: "الأسئلة متوقفة الآن في هذه الفعالية.",
    INTERNAL: "حدث خطأ في الخادم. يُرجى المحاولة مرة أخرى.",
    OFFLINE: "لا يوجد اتصال بالخادم. يُرجى التحقق من الشبكة والمحاولة مرة أخرى.",
  },
  dismiss: "إغلاق",
  voteBurst: (newParticipants, seconds, connected) =>
    `أمر غير عادي: صوّت ${number(newParticipants)} من المشاركين الجدد خلال ${count(seconds, {
      zero: "# ثانية",
      one: "ثانية واحدة",
      two: "ثانيتين",
      few: "# ثوانٍ",
      many: "# ثانية",
      other: "# ثانية",
    })}، بينما عدد الهواتف المتصلة ${number(connected)} فقط. ربما يصوّت شخص ما عدة مرات.`,
  // What the projector shows (the screen choice).
  screenChoice: {
    heading: "شاشة العرض",
    showsJoin: "المعروض الآن: طريقة المشاركة (رمز QR ورمز الفعالية).",
    showsPoll: (question) => `المعروض الآن: استطلاع «${question}».`,
    closedHint: "انتهى التصويت. تبقى النتائج على الشاشة إلى أن يتم اختيار شيء آخر.",
    showJoin: "عرض طريقة المشاركة",
    showPoll: "عرض على الشاشة",
    showsQa: "المعروض الآن: أسئلة الحضور.",
    showQa: "عرض الأسئلة",
  },
  translations: {
    heading: "الترجمات",
    hint: "إذا وُجدت هنا ترجمة، تعرض الهواتف السؤال والإجابات بلغتها. وإلا فإنها تعرض النص الأصلي.",
    language: "اللغة",
    add: "إضافة ترجمة",
    remove: "حذف الترجمة",
    original: "النص الأصلي",
    questionMissing: (language) => `${language}: يُرجى كتابة السؤال بهذه اللغة.`,
    optionsMissing: (language) => `${language}: بعض الإجابات ناقصة. يُرجى ترجمة كل الإجابات أو ترك كل الإجابات فارغة.`,
  },
  // أسئلة الجمهور في صفحة المشرف.
  qa: {
    heading: "أسئلة الجمهور",
    onlyHeading: "إدارة الأسئلة",
    onlyText:
      "بهذا الرابط يمكن الموافقة على الأسئلة ورفضها وإبرازها ووضع علامة «تمت الإجابة». الاستطلاعات والإعدادات لا تظهر هنا.",
    off: "الأسئلة مغلقة. لا يستطيع الجمهور طرح أسئلة الآن.",
    settings: "إعدادات الأسئلة",
    enabled: "يستطيع الجمهور طرح أسئلة",
    preModeration: "الموافقة على كل سؤال أولًا",
    preModerationHint: "عندها يرى المشرفون فقط الأسئلة الجديدة. ويراها الجميع بعد الموافقة عليها.",
    names: "السماح بكتابة الاسم",
    blockedWords: "كلمات محظورة (كلمة واحدة في كل سطر)",
    blockedWordsHint: "السؤال الذي فيه كلمة من هذه الكلمات ينتظر الموافقة دائمًا.",
    blockedWordTooLong: (word, max) => `«${word}» طويلة جدًا. الكلمة المحظورة ${number(max)} حرفًا على الأكثر.`,
    tooManyBlockedWords: (max) => `الكلمات المحظورة كثيرة جدًا. المسموح ${number(max)} كلمة على الأكثر.`,
    save: "حفظ إعدادات الأسئلة",
    queue: (n) => `بانتظار الموافقة (${number(n)})`,
    queueEmpty: "لا توجد أسئلة بانتظار الموافقة.",
    shown: (n) => `أسئلة يراها الجميع (${number(n)})`,
    shownEmpty: "لا توجد أسئلة بعد.",
    answeredSection: (n) => `تمت الإجابة عنها (${number(n)})`,
    archivedSection: (n) => `في الأرشيف (${number(n)})`,
    rejectedSection: (n) => `مرفوضة (${number(n)})`,
    upvotes: (n) =>
      count(n, {
        zero: "لا إعجابات",
        one: "إعجاب واحد",
        two: "إعجابان",
        few: "# إعجابات",
        many: "# إعجابًا",
        other: "# إعجاب",
      }),
    highlighted: "مُبرَز",
    askedBy: (name) => `من: ${name}`,
    approve: "موافقة",
    reject: "رفض",
    highlight: "إبراز",
    answered: "تمت الإجابة",
    archive: "أرشفة",
    showAgain: "إظهاره للجميع مرة أخرى",
    delete: "حذف",
    confirmDelete: (question) => `حذف السؤال «${question}»؟ لا يمكن التراجع عن ذلك.`,
    shortcuts: "اختصارات لوحة المفاتيح",
    shortcutsHint: "لا تعمل المفاتيح أثناء الكتابة في حقل.",
    keys: {
      next: "السؤال التالي",
      previous: "السؤال السابق",
      approve: "موافقة",
      reject: "رفض",
      highlight: "إبراز أو إلغاء الإبراز",
      answered: "وضع علامة «تمت الإجابة»",
    },
    link: {
      heading: "رابط للأسئلة فقط",
      hint: "لمساعد في الإشراف: بهذا الرابط يمكن الموافقة على الأسئلة وإبرازها ووضع علامة «تمت الإجابة»، من دون تغيير الاستطلاعات أو الإعدادات.",
      make: "إنشاء رابط",
      remake: "إنشاء رابط جديد",
      label: "رابط إدارة الأسئلة",
      shownOnce: "يظهر هذا الرابط الآن فقط. يُرجى نسخه وإرساله. الرابط الجديد يُلغي الرابط القديم.",
      revoke: "إلغاء الرابط",
      revoked: "رابط الأسئلة لم يعد يعمل.",
    },
    problems: {
      INVALID_TRANSITION: "هذا غير ممكن الآن. تغيّر السؤال في هذه الأثناء.",
      NOT_FOUND: "هذا السؤال لم يعد موجودًا.",
      INVALID_REQUEST: "لم يُقبل ذلك. يُرجى التحقق من الكلمات المحظورة.",
    },
  },
};

const report: ReportStrings = {
  title: (event) => `${event}: تقرير النتائج`,
  brand: "Handzeichen · تقرير النتائج",
  toolbar: "أدوات التقرير",
  backToConsole: "العودة إلى صفحة المشرف",
  print: "طباعة / حفظ بصيغة PDF",
  loading: "جارٍ تحميل النتائج…",
  keyNeeded: "لعرض النتائج، يُرجى فتحها من صفحة المشرف.",
  keyWrong: "رابط المشرف لا يخص هذه الفعالية. يُرجى فتح صفحة المشرف برابط المشرف الخاص بكم.",
  failed: "تعذّر تحميل النتائج. يُرجى إعادة تحميل الصفحة.",
  date: "التاريخ",
  code: "رمز الفعالية",
  asOf: "النتائج بتاريخ",
  noPolls: "لم يبدأ أي استطلاع في هذه الفعالية بعد.",
  pollLabel: (n) => `السؤال ${number(n)}`,
  stillOpen: "التصويت ما زال مفتوحًا. هذه هي النتائج حتى الآن.",
  percentNote: (maxSelections) =>
    maxSelections > 1
      ? "النسبة المئوية من الأشخاص الذين صوّتوا. كان بإمكان كل شخص اختيار أكثر من إجابة، لذلك يزيد المجموع على 100%."
      : "النسبة المئوية من الأشخاص الذين صوّتوا.",
  ratingNote: "النسبة المئوية من الأشخاص الذين صوّتوا، لكل عدد من النجوم.",
  quote: (text) => `«${text}»`,
  list: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join("، ")} و${items[items.length - 1]}`,
  nobodyAnswered: "لم يصوّت أحد.",
  choiceSentence: (lead, next) => {
    const share = (group: typeof lead) => (group.tied ? `${group.percent} لكلٍّ منها` : group.percent);
    const first = `الأكثر اختيارًا: ${lead.options} (${share(lead)})`;
    return next ? `${first}، تليها ${next.options} (${share(next)}).` : `${first}.`;
  },
  ratingSentence: (average, scale, topShare) =>
    topShare === null
      ? `متوسط التقييم: ${average} من ${number(scale)}.`
      : `متوسط التقييم: ${average} من ${number(scale)}؛ ونسبة من أعطوا ${stars(scale)}: ${topShare}.`,
  qa: {
    heading: "أسئلة الحضور",
    note: "الأسئلة المُجاب عنها والمفتوحة أولًا. الأسئلة التي حصلت على أصوات أكثر في الأعلى.",
    states: {
      visible: "مفتوح",
      answered: "تمت الإجابة عنه",
      archived: "في الأرشيف",
      pending: "لم تتم الموافقة عليه",
      rejected: "مرفوض",
    },
    askedBy: (name) => `السائل: ${name}`,
  },
};

/** Open-text polls and the word cloud: the console and the screens (docs/api.md, "Open-text polls"). */
const words: WordsStrings = {
  kind: "إجابات مفتوحة (سحابة كلمات)",
  maxAnswers: "عدد الإجابات لكل شخص",
  maxLength: "عدد الأحرف لكل إجابة",
  preModeration: "لا تظهر الإجابات إلا بعد موافقتك",
  stopWords: "لا تحسب الكلمات الصغيرة",
  stopWordsHint: "لا تحسب الكلمات الصغيرة مثل «في» و«من» و«على». عندها تكون «في البيت» و«البيت» إجابة واحدة.",
  stopWordsOn: "بدون الكلمات الصغيرة",
  summary: (answers, length) =>
    answers === 1
      ? `إجابة مفتوحة، حتى ${number(length)} حرفًا`
      : `حتى ${number(answers)} إجابات مفتوحة، كل منها حتى ${number(length)} حرفًا`,
  noAnswers: "لا توجد إجابات بعد.",
  hide: "إخفاء",
  show: "إظهار من جديد",
  approve: "موافقة",
  hidden: "مخفية",
  pending: "بانتظار الموافقة",
  answersBehind: "عرض الإجابات",
  people: (n) =>
    count(n, { zero: "لا أحد", one: "شخص واحد", two: "شخصان", few: "# أشخاص", many: "# شخصًا", other: "# شخص" }),
  listLabel: "الإجابات، الأكثر تكرارًا أولًا",
};

/** ما تحمّله صفحة التصويت (الصفحة الرئيسية وصفحة الفعالية): دون نصوص الصفحات الأخرى. */
export const arForVoters: VoterStrings = { ...common, home, voter };

export const ar: Strings = { ...arForVoters, create, screen, console: moderatorConsole, report, words };
