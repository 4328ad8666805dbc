// Keyboard shortcuts for working through the questions (the console's own, listed in its
// "shortcuts" help and in docs/accessibility.md): j and k move
// between questions, a approves, r rejects, h highlights, d marks answered. They never fire
// while a field has the focus or a dialog is open, so typing a blocked word stays typing.
import type { RefObject } from "preact";
import { useEffect, useRef } from "preact/hooks";

export const QA_SHORTCUTS = {
  next: "j",
  previous: "k",
  approve: "a",
  reject: "r",
  highlight: "h",
  answered: "d",
} as const;

export type QaShortcutAction = "approve" | "reject" | "highlight" | "answered";

const ACTIONS: Record<string, QaShortcutAction> = {
  [QA_SHORTCUTS.approve]: "approve",
  [QA_SHORTCUTS.reject]: "reject",
  [QA_SHORTCUTS.highlight]: "highlight",
  [QA_SHORTCUTS.answered]: "answered",
};

/** The attribute that marks a question the shortcuts can reach (the queue and the visible list). */
export const QUESTION_ATTRIBUTE = "data-question-id";

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

const questionsIn = (panel: HTMLElement) => [...panel.querySelectorAll<HTMLElement>(`[${QUESTION_ATTRIBUTE}]`)];

/**
 * Puts the focus on a question by id once the panel has drawn it (after a move between lists),
 * unless the moderator has put it elsewhere since the shortcut (`from`): typing in a field
 * then stays typing, and never turns into shortcuts.
 */
export function focusQuestion(panel: HTMLElement | null, questionId: number, from: Element | null): void {
  setTimeout(() => {
    const active = document.activeElement;
    if (active !== null && active !== document.body && active !== from) return;
    panel?.querySelector<HTMLElement>(`[${QUESTION_ATTRIBUTE}="${questionId}"]`)?.focus();
  }, 0);
}

/**
 * Listens on the page for the shortcuts. `act` gets the question that has the focus (or holds
 * it) and the question after it, where the focus goes once this one has left the list.
 */
export function useQaShortcuts(
  panel: RefObject<HTMLElement>,
  act: (action: QaShortcutAction, questionId: number, nextId: number | null) => void,
): void {
  // The latest `act` without re-adding the listener on every render.
  const latestAct = useRef(act);
  latestAct.current = act;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const element = panel.current;
      if (!element || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.isComposing || typingIn(event.target) || document.querySelector("dialog[open]")) return;
      const key = event.key.toLowerCase();
      const items = questionsIn(element);
      const index = items.findIndex((item) => item.contains(document.activeElement));
      if (key === QA_SHORTCUTS.next || key === QA_SHORTCUTS.previous) {
        if (items.length === 0) return;
        event.preventDefault();
        const step = key === QA_SHORTCUTS.next ? 1 : -1;
        const to =
          index === -1 ? (step === 1 ? 0 : items.length - 1) : Math.min(Math.max(index + step, 0), items.length - 1);
        items[to]?.focus();
        return;
      }
      const action = ACTIONS[key];
      const current = items[index];
      if (!action || !current) return;
      event.preventDefault();
      const next = items[index + 1] ?? items[index - 1];
      latestAct.current(
        action,
        Number(current.getAttribute(QUESTION_ATTRIBUTE)),
        next ? Number(next.getAttribute(QUESTION_ATTRIBUTE)) : null,
      );
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [panel]);
}
