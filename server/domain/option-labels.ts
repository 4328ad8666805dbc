// Option labels that read the same (ignoring case) would be one answer to a voter: the poll's
// own labels and each translation's must differ from each other.

/** The first label that repeats an earlier one, or null. */
export function repeatedLabel(labels: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const label of labels) {
    const key = label.toLocaleLowerCase();
    if (seen.has(key)) return label;
    seen.add(key);
  }
  return null;
}
