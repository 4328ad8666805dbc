// "Are you sure?" for what cannot be undone (reset, delete): a real modal <dialog>, with
// the focus on "Cancel" so a stray Enter does no harm.
import { useEffect, useRef } from "preact/hooks";
import type { Strings } from "../common/i18n.js";
import { askToConfirm, type Confirmation } from "./console-store.js";

export function ConfirmDialog({ confirmation, strings }: { confirmation: Confirmation | null; strings: Strings }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (confirmation && !element.open) element.showModal();
    if (!confirmation && element.open) element.close();
  }, [confirmation]);
  const confirm = () => {
    const run = confirmation?.run;
    askToConfirm(null);
    run?.();
  };
  return (
    <dialog ref={dialog} class="confirm" aria-labelledby="confirm-text" onClose={() => askToConfirm(null)}>
      <p id="confirm-text">{confirmation?.text}</p>
      <div class="actions">
        <button type="button" class="secondary" autofocus onClick={() => askToConfirm(null)}>
          {strings.console.cancel}
        </button>
        <button type="button" class="danger" onClick={confirm}>
          {strings.console.confirm}
        </button>
      </div>
    </dialog>
  );
}
