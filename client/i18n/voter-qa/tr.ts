// Türkçe: dinleyicilerin soruları telefonda (anahtarlar: ../strings.ts içinde VoterQaStrings).
import { counting } from "../../common/i18n.js";
import type { VoterQaStrings } from "../strings.js";

const { number } = counting("tr");

export const qa: VoterQaStrings = {
  heading: "Sorular",
  askLabel: "Sorunuz",
  askHintPre: "Sorunuz onaylanınca gösterilecek.",
  characters: (n, max) => `${number(n)} / ${number(max)} karakter`,
  nameLabel: "Adınız (isteğe bağlı)",
  ask: "Soruyu gönder",
  sortLabel: "Sırala",
  sortTop: "Beğenilen",
  sortNew: "Yeni",
  none: "Henüz soru yok. İlk soruyu siz sorun!",
  upvote: "Ben de merak ediyorum",
  mine: "Sizin sorunuz",
  pending: "onay bekliyor",
  rejected: "onaylanmadı",
  highlighted: "Şimdi sırada",
  answered: "Cevaplandı",
  askedBy: (name) => `soran: ${name}`,
  arrived: "Sorunuz ulaştı.",
  arrivedPending: "Sorunuz ulaştı. Onaylanınca gösterilecek.",
  errors: {
    empty: "Lütfen önce sorunuzu yazın.",
    tooLong: "Sorunuz çok uzun. Lütfen kısaltın.",
    duplicate: "Bu soruyu zaten sordunuz.",
    RATE_LIMITED: "Kısa sürede çok soru sordunuz. Lütfen biraz bekleyin.",
    upvoteLimited: "Çok fazla dokundunuz. Lütfen biraz bekleyin.",
    QA_DISABLED: "Şu anda soru alınmıyor.",
    other: "Olmadı. Lütfen tekrar deneyin.",
  },
};
