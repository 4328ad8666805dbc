// العربية: أسئلة الجمهور على الهاتف (المفاتيح: VoterQaStrings في ../strings.ts).
import { counting } from "../../common/i18n.js";
import type { VoterQaStrings } from "../strings.js";

const { number } = counting("ar");

export const qa: VoterQaStrings = {
  heading: "الأسئلة",
  askLabel: "سؤالك",
  askHintPre: "سيظهر سؤالك بعد الموافقة عليه.",
  characters: (n, max) => `${number(n)} من ${number(max)} حرفًا`,
  nameLabel: "اسمك (اختياري)",
  ask: "أرسل السؤال",
  sortLabel: "الترتيب",
  sortTop: "الأكثر تأييدًا",
  sortNew: "الأحدث",
  none: "لا توجد أسئلة بعد. اطرح أول سؤال!",
  upvote: "أريد أن أعرف أيضًا",
  mine: "سؤالك",
  pending: "ينتظر الموافقة",
  rejected: "لم تتم الموافقة عليه",
  highlighted: "يُناقَش الآن",
  answered: "تمت الإجابة",
  askedBy: (name) => `من ${name}`,
  arrived: "وصل سؤالك.",
  arrivedPending: "وصل سؤالك. سيظهر بعد الموافقة عليه.",
  errors: {
    empty: "اكتب سؤالك أولًا من فضلك.",
    tooLong: "سؤالك طويل جدًا. اختصره من فضلك.",
    duplicate: "لقد طرحت هذا السؤال من قبل.",
    RATE_LIMITED: "طرحت أسئلة كثيرة بسرعة. انتظر قليلًا من فضلك.",
    upvoteLimited: "ضغطات كثيرة. انتظر لحظة من فضلك.",
    QA_DISABLED: "لا نستقبل أسئلة الآن.",
    other: "لم ينجح ذلك. حاول مرة أخرى من فضلك.",
  },
};
