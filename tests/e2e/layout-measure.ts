// Measuring what a page shows, for the layout tests: how large its text is drawn, and whether any
// of it is cut off (an ellipsis, a line clamp, a box too small for its text, or a box that a
// scrolling or clipping ancestor, or the screen's edge, hides part of).
import type { Page } from "playwright-core";

export type TextBox = {
  /** The start of the element's text, to say which one failed. */
  text: string;
  fontSize: number;
  /** Where the element is drawn, in CSS px from the viewport's top left corner. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Why the text is not shown whole, or null when it is. */
  cut: string | null;
};

/** Every element matching `selector` that takes up room on the page (display: none ones are left out). */
export function measureTexts(page: Page, selector: string): Promise<TextBox[]> {
  return page.evaluate((selector) => {
    // Sub-pixel rounding of layout: a box 0.5 px too small for its text is not a cut.
    const TOLERANCE_PX = 1;
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) => element.getClientRects().length > 0,
    );
    return elements.map((element) => {
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      const outside = (box: { left: number; right: number; top: number; bottom: number }) =>
        rect.left < box.left - TOLERANCE_PX ||
        rect.right > box.right + TOLERANCE_PX ||
        rect.top < box.top - TOLERANCE_PX ||
        rect.bottom > box.bottom + TOLERANCE_PX;
      let cut: string | null = null;
      const clamp = style.getPropertyValue("-webkit-line-clamp");
      if (style.textOverflow === "ellipsis") cut = "text-overflow: ellipsis";
      else if (clamp !== "" && clamp !== "none") cut = `-webkit-line-clamp: ${clamp}`;
      else if (style.display !== "inline" && element.scrollWidth > element.clientWidth + TOLERANCE_PX)
        cut = `scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}`;
      else if (style.display !== "inline" && element.scrollHeight > element.clientHeight + TOLERANCE_PX)
        cut = `scrollHeight ${element.scrollHeight} > clientHeight ${element.clientHeight}`;
      else if (outside({ left: 0, top: 0, right: innerWidth, bottom: innerHeight })) cut = "off the screen";
      else {
        for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
          const ancestorStyle = getComputedStyle(ancestor);
          if (ancestorStyle.overflowX === "visible" && ancestorStyle.overflowY === "visible") continue;
          if (outside(ancestor.getBoundingClientRect())) {
            cut = `hidden by .${ancestor.className || ancestor.tagName.toLowerCase()}`;
            break;
          }
        }
      }
      return {
        text: (element.textContent ?? "").trim().slice(0, 40),
        fontSize: Number.parseFloat(style.fontSize),
        left: rect.left,
        right: rect.right,
        top: rect.top,
        bottom: rect.bottom,
        cut,
      };
    });
  }, selector);
}

/** The boxes whose text is cut, with the reason: an empty list when everything is shown whole. */
export const cutTexts = (boxes: TextBox[]) =>
  boxes.filter((box) => box.cut !== null).map((box) => `${box.text}: ${box.cut}`);

/** The boxes drawn smaller than `minimumPx`, with their size. */
export const smallTexts = (boxes: TextBox[], minimumPx: number) =>
  boxes.filter((box) => box.fontSize < minimumPx).map((box) => `${box.text}: ${box.fontSize} px`);

/** How far the document can be scrolled sideways, in CSS px (0 when it fits the viewport's width). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
