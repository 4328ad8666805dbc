// Русский: вопросы публики на телефоне (ключи: VoterQaStrings в ../strings.ts).
import { counting } from "../../common/i18n.js";
import type { VoterQaStrings } from "../strings.js";

const { number } = counting("ru");

export const qa: VoterQaStrings = {
  heading: "Вопросы",
  askLabel: "Ваш вопрос",
  askHintPre: "Ваш вопрос покажут, когда его одобрят.",
  characters: (n, max) => `${number(n)} из ${number(max)} знаков`,
  nameLabel: "Ваше имя (по желанию)",
  ask: "Отправить вопрос",
  sortLabel: "Сортировать",
  sortTop: "Популярные",
  sortNew: "Новые",
  none: "Вопросов пока нет. Задайте первый!",
  upvote: "Я тоже хочу знать",
  mine: "Ваш вопрос",
  pending: "ждёт одобрения",
  rejected: "не одобрен",
  highlighted: "Сейчас обсуждают",
  answered: "Есть ответ",
  askedBy: (name) => `от ${name}`,
  arrived: "Ваш вопрос получен.",
  arrivedPending: "Ваш вопрос получен. Его покажут, когда одобрят.",
  errors: {
    empty: "Сначала напишите свой вопрос.",
    tooLong: "Вопрос слишком длинный. Пожалуйста, сократите его.",
    duplicate: "Вы уже задали этот вопрос.",
    RATE_LIMITED: "Вы быстро задали много вопросов. Подождите немного.",
    upvoteLimited: "Слишком много нажатий. Подождите минутку.",
    QA_DISABLED: "Сейчас вопросы не принимают.",
    other: "Не получилось. Попробуйте ещё раз.",
  },
};
