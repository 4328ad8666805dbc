// An event's code as people give it — typed, heard in the room, or pasted as a join link —
// brought to the form codes are stored in. Pure and free of zod: the voter page bundles it,
// and the server looks events up by it (docs/api.md, "Base URL and formats").

/** The code in a join link (https://host/e/kurze-wege/?x#y), with or without the scheme and host. */
const JOIN_LINK = /(?:^|\/)e\/([^/?#]+)/;
/**
 * What people put between words: spaces, underscores, dots, and the dashes phones' keyboards
 * substitute for "-" (U+2010–U+2015, the minus sign U+2212).
 */
const WORD_BREAKS = /[\s_.\u2010-\u2015\u2212-]+/g;

/**
 * "Kurze Wege", "KURZE_WEGE", " #kurze-wege. " and "https://host/e/kurze-wege/" all give
 * "kurze-wege": case-folded after NFKC (so full-width letters count), the code taken out of a
 * join link, word breaks made one "-", none at either end, a leading "#" dropped. It does not
 * decide whether such an event exists.
 */
export function normalizeEventCode(given: string): string {
  // One pass can uncover what the next one changes ("_e/a" → "e/a", which reads as a join
  // link): repeat until nothing changes. A pass never lengthens a normalised text, so this ends.
  let code = normalizeOnce(given);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = normalizeOnce(code);
    if (next === code) break;
    code = next;
  }
  return code;
}

const MAX_PASSES = 8;

function normalizeOnce(given: string): string {
  const text = given.normalize("NFKC").toLowerCase();
  return (JOIN_LINK.exec(text)?.[1] ?? text).replace(WORD_BREAKS, "-").replace(/^[-#]+|-$/g, "");
}

/** The code with its hyphens left out: "kurzewege" still finds "kurze-wege" when no other event reads the same. */
export const hyphenFreeCode = (code: string): string => code.replace(/-/g, "");
