// What a scenario measured, checked against the targets in docs/performance.md: a human table on stdout and
// one JSON line per scenario for machines (and for docs/performance.md).

export type Target = { op: "<=" | ">="; value: number };
export type Figure = { name: string; value: number | null; unit: string; target?: Target; met?: boolean };
export type Check = { name: string; ok: boolean; detail: string };
export type ScenarioResult = {
  scenario: string;
  title: string;
  /** Every correctness check passed (targets are reported, not required). */
  ok: boolean;
  figures: Figure[];
  checks: Check[];
  notes: string[];
};

export function figure(name: string, value: number | null, unit: string, target?: Target): Figure {
  if (!target) return { name, value, unit };
  const met =
    value !== null && Number.isFinite(value) && (target.op === "<=" ? value <= target.value : value >= target.value);
  return { name, value, unit, target, met };
}

export const check = (name: string, ok: boolean, detail: string): Check => ({ name, ok, detail });

export const MB = 1024 * 1024;

function formatValue(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return "n/a";
  const digits = unit === "ms" && Math.abs(value) < 100 ? 1 : Math.abs(value) < 10 && value % 1 !== 0 ? 2 : 0;
  return `${value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`.trim();
}

export function formatTarget(target: Target | undefined, unit: string): string {
  return target ? `${target.op === "<=" ? "≤" : "≥"} ${formatValue(target.value, unit)}` : "";
}

export function printTable(results: readonly ScenarioResult[], write: (line: string) => void = console.log): void {
  const rows: string[][] = [["scenario", "figure", "value", "target", ""]];
  for (const result of results) {
    result.figures.forEach((f, index) => {
      const verdict = f.target ? (f.met ? "met" : "MISSED") : "";
      rows.push([
        index === 0 ? result.scenario : "",
        f.name,
        formatValue(f.value, f.unit),
        formatTarget(f.target, f.unit),
        verdict,
      ]);
    });
    for (const c of result.checks)
      rows.push(["", `check: ${c.name}`, c.ok ? "ok" : "FAILED", "", c.ok ? "" : c.detail]);
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  rows.forEach((row, index) => {
    write(
      row
        .map((cell, column) => cell.padEnd(column === row.length - 1 ? 0 : (widths[column] ?? 0)))
        .join("  ")
        .trimEnd(),
    );
    if (index === 0) write(widths.map((width) => "-".repeat(width)).join("  "));
  });
  for (const result of results) for (const note of result.notes) write(`${result.scenario}: ${note}`);
}

/** One line of JSON: figures by name, and which targets were met. */
export function jsonLine(result: ScenarioResult): string {
  return JSON.stringify({
    scenario: result.scenario,
    ok: result.ok,
    figures: Object.fromEntries(result.figures.map((f) => [f.name, f.value === null ? null : round(f.value)])),
    units: Object.fromEntries(result.figures.map((f) => [f.name, f.unit])),
    targets: result.figures
      .filter((f) => f.target)
      .map((f) => ({ figure: f.name, target: formatTarget(f.target, f.unit), met: f.met })),
    checks: result.checks,
    notes: result.notes,
  });
}

const round = (value: number) => (Number.isFinite(value) ? Math.round(value * 100) / 100 : null);
