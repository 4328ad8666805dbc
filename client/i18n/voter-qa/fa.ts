// فارسی: سؤال‌های حاضران روی گوشی (کلیدها: VoterQaStrings در ../strings.ts).
import { counting } from "../../common/i18n.js";
import type { VoterQaStrings } from "../strings.js";

const { number } = counting("fa");

export const qa: VoterQaStrings = {
  heading: "سؤال‌ها",
  askLabel: "سؤال شما",
  askHintPre: "سؤال شما بعد از تأیید نشان داده می‌شود.",
  characters: (n, max) => `${number(n)} از ${number(max)} حرف`,
  nameLabel: "نام شما (اختیاری)",
  ask: "فرستادن سؤال",
  sortLabel: "ترتیب",
  sortTop: "محبوب",
  sortNew: "تازه",
  none: "هنوز سؤالی نیست. اولین سؤال را شما بپرسید!",
  upvote: "من هم می‌خواهم بدانم",
  mine: "سؤال شما",
  pending: "در انتظار تأیید",
  rejected: "تأیید نشد",
  highlighted: "الان نوبت این سؤال است",
  answered: "جواب داده شد",
  askedBy: (name) => `از ${name}`,
  arrived: "سؤال شما رسید.",
  arrivedPending: "سؤال شما رسید. بعد از تأیید نشان داده می‌شود.",
  errors: {
    empty: "لطفاً اول سؤال خود را بنویسید.",
    tooLong: "سؤال شما خیلی بلند است. لطفاً کوتاه‌ترش کنید.",
    duplicate: "این سؤال را قبلاً پرسیده‌اید.",
    RATE_LIMITED: "در مدت کوتاهی سؤال‌های زیادی پرسیدید. لطفاً کمی صبر کنید.",
    upvoteLimited: "زیاد زدید. لطفاً کمی صبر کنید.",
    QA_DISABLED: "الان سؤال پذیرفته نمی‌شود.",
    other: "نشد. لطفاً دوباره امتحان کنید.",
  },
};
