// What every scenario gets from the runner, and what it hands back.
import type { ScenarioResult } from "../report.js";

export type ScenarioContext = {
  /** The built server to run (dist/server/main.js or the benchmark's own build). */
  serverEntry: string;
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

/** How every scenario starts its server: the context's build, with --cpu-prof when asked for. */
export const serverOptions = (context: ScenarioContext): { entry: string; cpuProfileDir?: string } =>
  context.cpuProfileDir
    ? { entry: context.serverEntry, cpuProfileDir: context.cpuProfileDir }
    : { entry: context.serverEntry };
