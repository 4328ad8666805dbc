// What every scenario gets from the runner, and what it hands back.
import type { ScenarioResult } from "../report.js";

export type ScenarioContext = {
  /** --cpu-prof: the server writes a V8 CPU profile here when it exits. */
  cpuProfileDir?: string;
  /** Progress lines (stderr), so stdout stays the table and the JSON lines. */
  log: (line: string) => void;
};

export type Scenario = {
  name: string;
  title: string;
  /** `scale` < 1 shrinks counts and durations for a quick try; targets then do not apply. */
  run(context: ScenarioContext, scale: number): Promise<ScenarioResult>;
};

export const scaled = (value: number, scale: number, minimum = 1) => Math.max(minimum, Math.round(value * scale));

/** The server-start options that turn on --cpu-prof when the runner asked for it. */
export const profile = (context: ScenarioContext): { cpuProfileDir?: string } =>
  context.cpuProfileDir ? { cpuProfileDir: context.cpuProfileDir } : {};
