// User text (event titles, questions, option labels) is data: on every page it sits in its
// own bidi isolate (<bdi>), so a right-to-left label, or a stray U+202E in one, cannot
// reorder the words and labels around it.
import type { ComponentChildren } from "preact";

/**
 * One of our sentences with user text in it: the translation places the text (through
 * `mark`), the page isolates it. The marks are private-use characters no translation holds,
 * and the user text never passes through the sentence itself, so it cannot forge one.
 * Event codes are Latin letters, digits and dashes: `dir="ltr"` keeps "12-ab" so in an Arabic sentence.
 */
export function sentenceWith(words: (mark: (text: string) => string) => string, dir?: "ltr"): ComponentChildren[] {
  const texts: string[] = [];
  const sentence = words((text) => `\uE000${texts.push(text) - 1}\uE001`);
  return sentence.split(/\uE000(\d+)\uE001/).map((piece, index) =>
    index % 2 === 0 ? (
      piece
    ) : (
      <bdi key={index} dir={dir}>
        {texts[Number(piece)]}
      </bdi>
    ),
  );
}

/** A list of user texts, each isolated, with our separator between them. */
export function isolatedList(texts: readonly string[], separator: string): ComponentChildren[] {
  return texts.flatMap((text, index) => [index > 0 ? separator : null, <bdi key={index}>{text}</bdi>]);
}
