// The API's limits as plain constants, free of zod, so pages can import them without
// pulling the schema library into their bundles.

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 12;
export const MIN_SCALE = 2;
export const MAX_SCALE = 10;
export const DEFAULT_SCALE = 5;
export const MAX_QUESTION_LENGTH = 500;
export const MAX_OPTION_LABEL_LENGTH = 200;

/** Open-text polls (docs/api.md, "Open-text polls"): answers per vote, and each answer's length in grapheme clusters. */
export const MAX_TEXT_ANSWERS = 3;
export const MAX_TEXT_ANSWER_LENGTH = 60;
export const DEFAULT_TEXT_ANSWER_LENGTH = 40;
/** The word groups a results frame carries, largest first. */
export const MAX_WORD_GROUPS_SHOWN = 100;

export const EVENT_CODE_PATTERN = /^[a-z0-9-]{3,32}$/;
export const ACCESS_CODE_PATTERN = /^[A-Za-z0-9-]{3,32}$/;
/** 32 random bytes, base64url: what the server issues. */
export const PARTICIPANT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Audience Q&A (docs/api.md, "Question"): lengths in grapheme clusters, after NFKC and trimming. */
export const MAX_QUESTION_TEXT_LENGTH = 300;
export const MAX_ASKER_NAME_LENGTH = 40;
/** The blocked-word list of one event: entries, and the length of each (a word or a short phrase). */
export const MAX_BLOCKED_WORDS = 200;
export const MAX_BLOCKED_WORD_LENGTH = 60;
