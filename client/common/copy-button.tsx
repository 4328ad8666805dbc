// A button that copies a text, and says so. Falls back to selecting a field's text where
// the Clipboard API is missing (plain http on a local network).
import { useState } from "preact/hooks";

const COPIED_FOR_MS = 2000;

async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    return document.execCommand("copy");
  }
}

type Props = { text: string; label: string; copiedLabel: string; fieldId?: string; class?: string };

export function CopyButton({ text, label, copiedLabel, fieldId, class: className }: Props) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const field = fieldId ? (document.getElementById(fieldId) as HTMLInputElement | null) : null;
    if (await copyText(text, field)) {
      setCopied(true);
      setTimeout(() => setCopied(false), COPIED_FOR_MS);
    }
  };
  return (
    <button type="button" class={className ?? "secondary"} onClick={copy}>
      <span aria-live="polite">{copied ? `✓ ${copiedLabel}` : label}</span>
    </button>
  );
}
