// When the control that had the focus disappears (a sent form, a "change" button replaced by
// the form), browsers drop the focus to the page's start; keyboard and screen reader users
// would lose their place. This puts it on the new view's heading instead — but only once the
// person has used the page: on arrival, focus stays where the browser puts it.
import { useEffect, useRef } from "preact/hooks";

let used = false;
const markUsed = () => {
  used = true;
};
if (typeof window !== "undefined") {
  window.addEventListener("pointerdown", markUsed, { capture: true, once: true });
  window.addEventListener("keydown", markUsed, { capture: true, once: true });
}

export function useRescuedFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (used && (active === null || active === document.body)) ref.current?.focus();
  }, []);
  return ref;
}
