// Українська: питання публіки на телефоні (ключі: VoterQaStrings у ../strings.ts).
import { counting } from "../../common/i18n.js";
import type { VoterQaStrings } from "../strings.js";

const { number } = counting("uk");

export const qa: VoterQaStrings = {
  heading: "Питання",
  askLabel: "Ваше питання",
  askHintPre: "Ваше питання покажуть, коли його схвалять.",
  characters: (n, max) => `${number(n)} з ${number(max)} знаків`,
  nameLabel: "Ваше ім'я (за бажанням)",
  ask: "Надіслати питання",
  sortLabel: "Сортувати",
  sortTop: "Популярні",
  sortNew: "Нові",
  none: "Питань ще немає. Поставте перше!",
  upvote: "Я теж хочу знати",
  mine: "Ваше питання",
  pending: "чекає на схвалення",
  rejected: "не схвалено",
  highlighted: "Зараз обговорюють",
  answered: "Є відповідь",
  askedBy: (name) => `від ${name}`,
  arrived: "Ваше питання надійшло.",
  arrivedPending: "Ваше питання надійшло. Його покажуть, коли схвалять.",
  errors: {
    empty: "Спочатку напишіть своє питання.",
    tooLong: "Питання задовге. Будь ласка, скоротіть його.",
    duplicate: "Ви вже поставили це питання.",
    RATE_LIMITED: "Ви швидко поставили багато питань. Зачекайте трохи.",
    upvoteLimited: "Забагато натискань. Зачекайте хвилинку.",
    QA_DISABLED: "Зараз питання не приймають.",
    other: "Не вдалося. Спробуйте ще раз.",
  },
};
