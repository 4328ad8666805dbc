// Türkçe: bütün sayfaların bütün metinleri (anahtarlar: client/i18n/strings.ts; sözlük: docs/translations.md).
// Hitap „siz“; düğmelerde kısa emir kipi („Gönder“). Sayıdan sonra isim tekil kalır: „5 oy“.
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

const { count, number } = counting("tr");

const common: CommonStrings = {
  locale: "tr",
  languageLabel: "Dil",
  separator: "; ",
  reconnecting: "Bağlantı yok. Yeniden deneniyor…",
  connecting: "Bağlanıyor…",
  votes: (n) => count(n, { one: "# oy", other: "# oy" }),
  respondents: (n) => count(n, { one: "# kişi oy verdi", other: "# kişi oy verdi" }),
  stars: (n) => count(n, { one: "# yıldız", other: "# yıldız" }),
  ratingOutOf: (value, scale) => `${number(scale)} üzerinden ${value}`,
  ratingWords: ["Kötü", "İdare eder", "İyi", "Çok iyi", "Mükemmel"],
  averageRating: "Ortalama",
  votingOpen: "Oylama açık",
  votingClosed: "Oylama bitti",
  noSuchEvent: (code) => `“${code}” kodlu bir etkinlik yok.`,
  eventGone: "Bu etkinlik bitti veya silindi.",
};

const home: HomeStrings = {
  title: "Handzeichen: canlı oylama",
  heading: "Oylamaya katılın",
  codeLabel: "Etkinlik kodu",
  codeHint: "Kodu öndeki ekranda görebilirsiniz, örneğin 123456.",
  join: "Katıl",
  checking: "Kontrol ediliyor…",
  noCode: "Lütfen etkinliğin kodunu yazın.",
  unknownCode: (code) => `“${code}” kodlu bir etkinlik yok. Lütfen kodu kontrol edin.`,
  offline: "Sunucuya bağlantı yok. Lütfen tekrar deneyin.",
  organiser: "Bir konuşma veya toplantı mı düzenliyorsunuz?",
  createLink: "Etkinlik oluştur",
};

const create: CreateStrings = {
  title: "Handzeichen: etkinlik oluştur",
  heading: "Yeni etkinlik",
  titleLabel: "Etkinliğin adı",
  codeLabel: "Kod (boş bırakabilirsiniz)",
  codeHint: "3 ile 32 arası harf (a–z), rakam veya tire. Boş bırakırsanız 6 rakamlı bir kod alırsınız.",
  localeLabel: "Etkinliğin dili",
  submit: "Etkinliği oluştur",
  creating: "Oluşturuluyor…",
  readyHeading: "Etkinliğiniz hazır",
  keyWarning:
    "Bu sizin moderatör bağlantınız. İyi saklayın ve kimseyle paylaşmayın: Bu bağlantıya sahip olan herkes anketlerinizi değiştirebilir. Bağlantıyı sadece bu bir kez görürsünüz.",
  moderatorLink: "Moderatör bağlantısı",
  copy: "Kopyala",
  copied: "Kopyalandı",
  openConsole: "Moderatör sayfasını aç",
  codeTaken: "Bu kod zaten kullanılıyor. Lütfen başka bir kod seçin.",
  invalid: "Lütfen adı ve kodu kontrol edin.",
  limited: "Bu ağdan çok fazla yeni etkinlik oluşturuldu. Lütfen daha sonra tekrar deneyin.",
  failed: "Etkinlik oluşturulamadı. Lütfen tekrar deneyin.",
};

const voter: VotingStrings = {
  title: (event) => `${event}: oy verin`,
  otherCode: "Başka bir kod yaz",
  accessHeading: "Bu etkinlik için giriş kodu gerekiyor",
  accessText: "Giriş kodunu size salondaki düzenleyiciler söyler.",
  accessLabel: "Giriş kodu",
  accessSubmit: "Devam",
  accessWrong: "Bu giriş kodu doğru değil. Lütfen kontrol edip tekrar deneyin.",
  accessChecking: "Kontrol ediliyor…",
  accessLimited: "Bu ağdan çok fazla yanlış kod geldi. Lütfen bir dakika bekleyin, sonra tekrar deneyin.",
  waitingHeading: "Sıradaki soru bekleniyor",
  waitingText: "Bu sayfayı açık tutun. Sıradaki soru burada kendiliğinden görünecek.",
  chooseOne: "Bir cevap seçin.",
  chooseExactly: (n) => count(n, { one: "Tam olarak # cevap seçin.", other: "Tam olarak # cevap seçin." }),
  chooseUpTo: (max) => count(max, { one: "En fazla # cevap seçin.", other: "En fazla # cevap seçin." }),
  chooseBetween: (min, max) => `${number(min)} ile ${number(max)} arasında cevap seçin.`,
  chosenCount: (n, max) => `${number(n)} seçildi, en fazla ${number(max)}.`,
  maxReached: (max) => `${number(max)} cevap seçtiniz. Başka bir cevap için önce bir işareti kaldırın.`,
  chooseAtLeast: (n) => count(n, { one: "Lütfen bir cevap seçin.", other: "Lütfen en az # cevap seçin." }),
  rateHint: (scale) => `1 ile ${number(scale)} arasında yıldız seçin.`,
  pickRating: "Lütfen kaç yıldız vereceğinizi seçin.",
  notRated: "Henüz yıldız seçilmedi.",
  send: "Oyumu gönder",
  saveChange: "Değişikliği kaydet",
  sending: "Gönderiliyor…",
  keepVote: "Oyum kalsın",
  sendWhenOnline: "Bağlantı yok – internete yeniden bağlanınca gönderilecek",
  connectionBack: "Bağlantı geri geldi.",
  readAloud: "Sesli oku",
  counted: "Oyunuz sayıldı.",
  thanks: "Teşekkürler! Oyunuz sayıldı.",
  yourAnswer: "Cevabınız",
  yourRating: "Puanınız",
  youDidNotVote: "Bu soruda oy vermediniz.",
  changeVote: "Oyumu değiştir",
  yourChoice: "seçiminiz",
  resultsSoFar: "Şu ana kadarki sonuçlar",
  finalResults: "Kesin sonuçlar",
  resultsWhenClosed: "Oylama bitince sonuçları burada görürsünüz.",
  resultsHidden: "Bu sorunun sonuçları burada gösterilmiyor.",
  errors: {
    POLL_CLOSED: "Bu sorudaki oylama az önce bitti.",
    INVALID_VOTE: "Bu oy kabul edilmedi. Lütfen seçiminizi kontrol edip tekrar deneyin.",
    RATE_LIMITED: "Çok fazla deneme. Lütfen biraz bekleyip tekrar deneyin.",
    other: "Oyunuz gönderilemedi. Lütfen tekrar deneyin.",
  },
  pollText: { showOriginal: "Orijinalini göster", showTranslation: "Türkçe göster" },
  views: { poll: "Anket", questions: "Sorular" },
};

const screen: ScreenStrings = {
  title: (event) => `${event}: sonuçlar`,
  joinHeading: "Telefonunuzla oy verin",
  scan: "Kodu kameranızla tarayın",
  orGoTo: "veya şu adrese gidin:",
  code: "Kod",
  qrLabel: (url) => `${url} için QR kodu`,
  waitingHeading: "Sıradaki soru burada görünecek.",
  waitingText: "Şimdiden katılın, oylama başlayınca hazır olun.",
  closedBadge: "Oylama bitti · kesin sonuçlar",
  openBadge: "Oylama açık",
  resultsHidden: "Bu sorunun sonuçları gösterilmiyor.",
  announceOpen: (question) => `Oylama açık: ${question}`,
  announceClosed: (question) => `Oylama bitti: ${question}`,
  qa: {
    heading: "Dinleyicilerin soruları",
    label: "Dinleyiciden soru",
    empty: "Henüz soru yok. Sorunuzu telefonunuzdan sorun.",
    askedBy: (name) => `Soran: ${name}`,
    others: "Diğer sorular",
    announce: (question) => `Şimdi bu soru cevaplanıyor: ${question}`,
    joinHeading: "Telefonunuzla soru sorun",
  },
};

const lockedByVotes = "Bu ankette oylar var. Cevapları veya yıldızları değiştirmek için önce oyları sıfırlayın.";

const moderatorConsole: ConsoleStrings = {
  title: (event) => `${event}: moderatör sayfası`,
  brand: "Handzeichen · moderatör sayfası",
  keyHeading: "Lütfen moderatör bağlantınızı açın",
  keyText: "Bu sayfayı moderatör bağlantınızla açın veya bağlantıyı buraya yapıştırın.",
  keyLabel: "Moderatör bağlantısı",
  keySubmit: "Devam",
  keyWrong: "Bu bağlantı bu etkinliğe ait değil. Lütfen moderatör bağlantınızı kontrol edin.",
  keyLimited: "Bu ağdan çok fazla yanlış deneme yapıldı. Lütfen bir dakika bekleyin, sonra tekrar deneyin.",
  links: "Bağlantılar",
  voterLink: "Katılımcıların oy verdiği sayfa",
  presentLink: "Projeksiyon ekranı",
  overlayLink: "Canlı yayın katmanı (OBS)",
  overlaySettings: "Katmanın görünüşünü değiştir",
  overlayPlace: "Yeri",
  places: { bottom: "Altta", top: "Üstte", left: "Solda", right: "Sağda" },
  overlayColours: "Renkler",
  colours: { dark: "Koyu zemin, açık yazı", light: "Açık zemin, koyu yazı" },
  overlayQa: "Yalnızca öne çıkarılan dinleyici sorusunu göster",
  overlayJoin: "Nasıl katılınacağını göster",
  overlayQr: "QR kodunu göster",
  overlayGreen: "Yeşil arka plan (chroma key için)",
  overlayLanguage: "Dil",
  eventLanguage: "Etkinliğin dili",
  copy: "Kopyala",
  copied: "Kopyalandı",
  open: "Aç",
  qrFor: (what) => `QR kodu: ${what}`,
  copyModeratorLink: "Moderatör bağlantısını kopyala",
  settings: "Etkinlik ayarları",
  titleLabel: "Etkinliğin adı",
  localeLabel: "Etkinliğin dili",
  localeHint: "Projeksiyon ekranı bu dili kullanır. Telefonlar kendi dilleri varsa onu, yoksa bu dili kullanır.",
  accessCodeLabel: "Oy vermek için giriş kodu (boş bırakabilirsiniz)",
  accessCodeHint:
    "Bir kod belirlerseniz, herkes oy vermeden önce bu kodu yazmalıdır. Kodu yayında değil, salonda söyleyin. Boş bırakırsanız bağlantıya sahip herkes oy verebilir.",
  saveSettings: "Ayarları kaydet",
  saved: "Kaydedildi",
  exportCsv: "Sonuçları indir (CSV)",
  exportJson: "Sonuçları indir (JSON)",
  exportXlsx: "Sonuçları indir (Excel)",
  openReport: "Yazdırmak için sonuçlar",
  exportFailed: "Sonuçlar indirilemedi. Lütfen tekrar deneyin.",
  polls: "Anketler",
  noPolls: "Henüz anket yok. İlk anketi oluşturun.",
  newPoll: "Yeni anket",
  editPoll: "Anketi değiştir",
  position: (n) => `Sıra ${number(n)}`,
  stateDraft: "Başlamadı",
  stateOpen: "Oylama açık",
  stateClosed: "Oylama bitti",
  presented: "Ekranda",
  choiceSummary: (min, max, options) =>
    min === max
      ? `${number(options)} cevaptan ${number(max)} tanesi seçilir`
      : min === 1
        ? `${number(options)} cevaptan en fazla ${number(max)} tanesi seçilir`
        : `${number(options)} cevaptan ${number(min)} ile ${number(max)} arası seçilir`,
  ratingSummary: (scale) => `1 ile ${number(scale)} arası yıldız`,
  actionOpen: "Oylamayı başlat",
  actionClose: "Oylamayı bitir",
  actionReopen: "Oylamayı yeniden başlat",
  actionEdit: "Değiştir",
  actionDuplicate: "Kopyala",
  actionUp: "Yukarı taşı",
  actionDown: "Aşağı taşı",
  actionReset: "Oyları sıfırla",
  actionDelete: "Sil",
  moreActions: "Bu anket için diğer işlemler",
  visibilityLabel: "Katılımcılar için sonuçlar",
  visibility: {
    live: "Oy verdikten sonra göster",
    closed: "Oylama bitince göster",
    hidden: "Gösterme (sadece burada)",
  },
  confirmReset: (question, votes) =>
    `“${question}” sorusunun oyları sıfırlansın mı? ${count(votes, {
      one: "# oy silinecek.",
      other: "Toplam # oy silinecek.",
    })} Bu geri alınamaz.`,
  confirmDelete: (question, votes) =>
    votes > 0
      ? `“${question}” ve ${count(votes, { one: "# oyu", other: "# oyu" })} silinsin mi? Bu geri alınamaz.`
      : `“${question}” silinsin mi? Bu geri alınamaz.`,
  confirm: "Evet, yap",
  cancel: "Vazgeç",
  form: {
    type: "Anket türü",
    choice: "Cevaplardan seçim",
    rating: "Yıldızla puanlama",
    question: "Soru",
    options: "Cevaplar",
    option: (n) => `${number(n)}. cevap`,
    removeOption: (n) => `${number(n)}. cevabı kaldır`,
    addOption: "Cevap ekle",
    minSelections: "En az seçilecek cevap sayısı",
    maxSelections: "En fazla seçilecek cevap sayısı",
    scale: "Yıldız sayısı",
    save: "Kaydet",
    create: "Anketi oluştur",
    cancel: "Vazgeç",
    lockedByVotes,
  },
  problems: {
    INVALID_REQUEST:
      "Bu kabul edilmedi. Lütfen yazdıklarınızı kontrol edin: Hiçbir alan boş olmamalı, hiçbir cevap iki kez yazılmamalı.",
    UNAUTHORIZED: "Moderatör bağlantınız bu etkinliğe ait değil.",
    FORBIDDEN: "Buna burada izin verilmiyor.",
    NOT_FOUND: "Bu anket veya etkinlik artık yok.",
    EVENT_CODE_TAKEN: "Bu kod zaten kullanılıyor. Lütfen başka bir kod seçin.",
    INVALID_TRANSITION: "Bu şu anda mümkün değil. Anket bu arada değişti.",
    POLL_HAS_VOTES: lockedByVotes,
    POLL_CLOSED: "Bu anketteki oylama bitti.",
    ACCESS_CODE_REQUIRED: "Giriş kodu eksik veya yanlış.",
    INVALID_VOTE: "Bu oy kabul edilmedi.",
    PAYLOAD_TOO_LARGE: "Bu çok uzun. Lütfen kısaltın.",
    RATE_LIMITED: "Kısa sürede çok fazla deneme yapıldı. Lütfen bir dakika bekleyin, sonra tekrar deneyin.",
    QA_DISABLED: "Bu etkinlikte sorular şu an kapalı.",
    INTERNAL: "Sunucuda bir sorun oluştu. Lütfen tekrar deneyin.",
    OFFLINE: "Sunucuya bağlantı yok. Lütfen internet bağlantınızı kontrol edip tekrar deneyin.",
  },
  dismiss: "Kapat",
  voteBurst: (newParticipants, seconds, connected) =>
    `Olağan dışı: ${number(seconds)} saniye içinde ${number(newParticipants)} yeni kişi oy verdi, ama sadece ${number(connected)} telefon bağlı. Belki biri birçok kez oy veriyor.`,
  // What the projector shows (the screen choice).
  screenChoice: {
    heading: "Projeksiyon ekranı",
    showsJoin: "Şu an ekranda: katılma bilgisi (QR kod ve etkinlik kodu).",
    showsPoll: (question) => `Şu an ekranda: “${question}” anketi.`,
    closedHint: "Oylama bitti. Siz başka bir şey seçene kadar sonuçlar ekranda kalır.",
    showJoin: "Katılma bilgisini göster",
    showPoll: "Ekranda göster",
    showsQa: "Şu an ekranda: dinleyicilerin soruları.",
    showQa: "Soruları göster",
  },
  translations: {
    heading: "Çeviriler",
    hint: "Burada bir çeviri varsa telefonlar soruyu ve cevapları kendi dillerinde gösterir. Yoksa orijinalini gösterir.",
    language: "Dil",
    add: "Çeviri ekle",
    remove: "Çeviriyi sil",
    original: "Orijinal",
    questionMissing: (language) => `${language}: Lütfen soruyu bu dilde yazın.`,
    optionsMissing: (language) =>
      `${language}: Bazı cevaplar eksik. Lütfen cevapların hepsini çevirin ya da hiçbirini çevirmeyin.`,
  },
  // Konsolda katılımcıların soruları.
  qa: {
    heading: "Katılımcıların soruları",
    onlyHeading: "Soruları yönet",
    onlyText:
      "Bu bağlantıyla soruları onaylayabilir, reddedebilir, öne çıkarabilir ve cevaplandı olarak işaretleyebilirsiniz. Anketler ve ayarlar burada görünmez.",
    off: "Sorular kapalı. Katılımcılar şu anda soru soramaz.",
    settings: "Soru ayarları",
    enabled: "Katılımcılar soru sorabilir",
    preModeration: "Her soruyu önce onayla",
    preModerationHint: "Yeni soruları o zaman sadece moderatörler görür. Siz onaylayınca herkes görür.",
    names: "İsim yazılabilsin",
    blockedWords: "Yasaklı kelimeler (her satıra bir kelime)",
    blockedWordsHint: "Bu kelimelerden birini içeren soru her zaman onay bekler.",
    blockedWordTooLong: (word, max) =>
      `“${word}” çok uzun. Yasaklı bir kelime en fazla ${number(max)} karakter olabilir.`,
    tooManyBlockedWords: (max) => `Çok fazla yasaklı kelime var. En fazla ${number(max)} kelime olabilir.`,
    save: "Soru ayarlarını kaydet",
    queue: (n) => `Onay bekleyenler (${number(n)})`,
    queueEmpty: "Onay bekleyen soru yok.",
    shown: (n) => `Herkesin gördüğü sorular (${number(n)})`,
    shownEmpty: "Henüz soru yok.",
    answeredSection: (n) => `Cevaplananlar (${number(n)})`,
    archivedSection: (n) => `Arşivdekiler (${number(n)})`,
    rejectedSection: (n) => `Reddedilenler (${number(n)})`,
    upvotes: (n) => count(n, { one: "# beğeni", other: "# beğeni" }),
    highlighted: "Öne çıkarıldı",
    askedBy: (name) => `Soran: ${name}`,
    approve: "Onayla",
    reject: "Reddet",
    highlight: "Öne çıkar",
    answered: "Cevaplandı",
    archive: "Arşivle",
    showAgain: "Tekrar herkese göster",
    delete: "Sil",
    confirmDelete: (question) => `“${question}” sorusu silinsin mi? Bu geri alınamaz.`,
    shortcuts: "Klavye kısayolları",
    shortcutsHint: "Bir alana yazarken tuşlar çalışmaz.",
    keys: {
      next: "Sonraki soru",
      previous: "Önceki soru",
      approve: "Onayla",
      reject: "Reddet",
      highlight: "Öne çıkar veya geri al",
      answered: "Cevaplandı olarak işaretle",
    },
    link: {
      heading: "Sadece sorular için bağlantı",
      hint: "Size yardım eden biri için: Bu bağlantıyla soruları onaylayabilir, öne çıkarabilir ve cevaplandı olarak işaretleyebilir. Anketleri ve ayarları değiştiremez.",
      make: "Bağlantı oluştur",
      remake: "Yeni bağlantı oluştur",
      label: "Soruları yönetme bağlantısı",
      shownOnce:
        "Bu bağlantıyı sadece şimdi görüyorsunuz. Kopyalayıp verin. Yeni bir bağlantı eskisini geçersiz yapar.",
      revoke: "Bağlantıyı iptal et",
      revoked: "Sorular için bağlantı artık çalışmıyor.",
    },
    problems: {
      INVALID_TRANSITION: "Bu şu anda olmuyor. Soru bu arada değişti.",
      NOT_FOUND: "Bu soru artık yok.",
      INVALID_REQUEST: "Bu kabul edilmedi. Lütfen yasaklı kelimeleri kontrol edin.",
    },
  },
};

const report: ReportStrings = {
  title: (event) => `${event}: sonuç raporu`,
  brand: "Handzeichen · sonuç raporu",
  toolbar: "Rapor işlemleri",
  backToConsole: "Moderatör sayfasına dön",
  print: "Yazdır / PDF olarak kaydet",
  loading: "Sonuçlar yükleniyor…",
  keyNeeded: "Sonuçları görmek için lütfen onları moderatör sayfasından açın.",
  keyWrong:
    "Moderatör bağlantınız bu etkinliğe ait değil. Lütfen moderatör sayfasını kendi moderatör bağlantınızla açın.",
  failed: "Sonuçlar yüklenemedi. Lütfen sayfayı yeniden yükleyin.",
  date: "Tarih",
  code: "Etkinlik kodu",
  asOf: "Sonuçların tarihi",
  noPolls: "Bu etkinlikte henüz hiçbir anket başlatılmadı.",
  pollLabel: (n) => `Soru ${number(n)}`,
  stillOpen: "Oylama hâlâ açık. Bunlar şu ana kadarki sonuçlar.",
  percentNote: (maxSelections) =>
    maxSelections > 1
      ? `Oy veren kişilerin yüzdesi. Her kişi en fazla ${number(maxSelections)} cevap seçebildi, bu yüzden toplam %100'ü geçiyor.`
      : "Oy veren kişilerin yüzdesi.",
  ratingNote: "Her yıldız sayısı için oy veren kişilerin yüzdesi.",
  quote: (text) => `“${text}”`,
  list: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ve ${items[items.length - 1]}`,
  nobodyAnswered: "Kimse oy vermedi.",
  choiceSentence: (lead, next) => {
    const share = (group: typeof lead) => (group.tied ? `her biri ${group.percent}` : group.percent);
    const first = `En çok seçilen${lead.tied ? "ler" : ""}: ${lead.options} (${share(lead)})`;
    return next ? `${first}, ardından ${next.options} (${share(next)}).` : `${first}.`;
  },
  ratingSentence: (average, scale, topShare) =>
    topShare === null
      ? `Ortalama puan: ${number(scale)} üzerinden ${average}.`
      : `Ortalama puan: ${number(scale)} üzerinden ${average}. ${number(scale)} yıldız verenler: ${topShare}.`,
  qa: {
    heading: "Dinleyicilerin soruları",
    note: "Önce cevaplanan ve açık sorular. En çok oy alan sorular en üstte.",
    states: {
      visible: "Açık",
      answered: "Cevaplandı",
      archived: "Arşivde",
      pending: "Onaylanmadı",
      rejected: "Reddedildi",
    },
    askedBy: (name) => `Soran: ${name}`,
  },
};

/** Open-text polls and the word cloud: the console and the screens (docs/api.md, "Open-text polls"). */
const words: WordsStrings = {
  kind: "Açık cevaplar (kelime bulutu)",
  maxAnswers: "Kişi başına cevap",
  maxLength: "Cevap başına karakter",
  preModeration: "Cevapları ancak onayladıktan sonra göster",
  stopWords: "Küçük kelimeleri sayma",
  stopWordsHint: "“ve”, “bu”, “bir” gibi küçük kelimeleri sayma. O zaman “bir kahve” ve “kahve” aynı cevap olur.",
  stopWordsOn: "küçük kelimeler sayılmaz",
  summary: (answers, length) =>
    answers === 1
      ? `Açık cevap, en fazla ${number(length)} karakter`
      : `En fazla ${number(answers)} açık cevap, her biri en fazla ${number(length)} karakter`,
  noAnswers: "Henüz cevap yok.",
  hide: "Gizle",
  show: "Yeniden göster",
  approve: "Onayla",
  hidden: "Gizlendi",
  pending: "Onay bekliyor",
  answersBehind: "Cevapları gör",
  people: (n) => count(n, { one: "# kişi", other: "# kişi" }),
  listLabel: "Cevaplar, en sık verilen önce",
};

/** Oy sayfasının (giriş ve etkinlik sayfası) yüklediği metinler: diğer sayfaların metinleri olmadan. */
export const trForVoters: VoterStrings = { ...common, home, voter };

export const tr: Strings = { ...trForVoters, create, screen, console: moderatorConsole, report, words };
