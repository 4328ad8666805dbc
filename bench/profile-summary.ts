// `npm run bench:profile -- file.cpuprofile [--top 25] [--from ms --to ms]`: where a V8 CPU
// profile of the server spent its time: self time by function, inclusive time of our own
// functions, and self time by package (our server, each node_modules package, Node, GC, idle).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export type ProfileSummary = {
  totalMs: number;
  byPackage: [string, number][];
  self: [string, number][];
  inclusive: [string, number][];
};

function packageOf(url: string, functionName: string): string {
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)";
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1] ?? "node_modules";
  if (url.startsWith("node:")) return "node (internals)";
  const ours = /\/dist\/(server|shared)\//.exec(url);
  return ours ? `handzeichen ${ours[1]}` : url;
}

const shortUrl = (url: string) =>
  url
    .replace(/^.*\/node_modules\//, "")
    .replace(/^.*\/dist\//, "")
    .replace(/^file:\/\//, "");
const labelOf = (frame: CallFrame) =>
  `${frame.functionName || "(anonymous)"} ${frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : ""}`.trim();

/** Self and inclusive milliseconds, optionally only for samples between `from` and `to` ms after the start. */
export function summarizeProfile(profile: CpuProfile, from = 0, to = Number.POSITIVE_INFINITY): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let elapsed = 0;
  let totalMs = 0;
  profile.samples.forEach((id, index) => {
    const deltaMs = (profile.timeDeltas[index] ?? 0) / 1000;
    elapsed += deltaMs;
    if (elapsed < from || elapsed > to) return;
    const node = byId.get(id);
    if (!node) return;
    totalMs += deltaMs;
    const label = labelOf(node.callFrame);
    self.set(label, (self.get(label) ?? 0) + deltaMs);
    const pkg = packageOf(node.callFrame.url, node.callFrame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + deltaMs);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || !/\/dist\/(server|shared)\//.test(frame.url)) continue;
      const key = labelOf(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + deltaMs);
    }
  });
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { totalMs, byPackage: sorted(byPackage), self: sorted(self), inclusive: sorted(inclusive) };
}

export function printProfileSummary(summary: ProfileSummary, top: number, write = console.log): void {
  const idle = summary.byPackage.find(([name]) => name === "(idle)")?.[1] ?? 0;
  const busy = summary.totalMs - idle;
  const row = ([name, ms]: [string, number], base: number) =>
    `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / base).toFixed(1).padStart(5)} %  ${name}`;
  write(`profile: ${summary.totalMs.toFixed(0)} ms sampled, ${busy.toFixed(0)} ms busy, ${idle.toFixed(0)} ms idle`);
  write("\nself time by package (% of busy):");
  for (const entry of summary.byPackage.filter(([name]) => name !== "(idle)").slice(0, top)) write(row(entry, busy));
  write(`\ntop ${top} functions by self time (% of busy):`);
  for (const entry of summary.self.filter(([name]) => !name.startsWith("(idle)")).slice(0, top))
    write(row(entry, busy));
  write(`\ntop ${top} of our functions by inclusive time (% of busy):`);
  for (const entry of summary.inclusive.slice(0, top)) write(row(entry, busy));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: "string", default: "25" }, from: { type: "string" }, to: { type: "string" } },
  });
  if (positionals.length === 0) {
    console.error("usage: npm run bench:profile -- <file.cpuprofile> [--top 25] [--from ms] [--to ms]");
    process.exit(2);
  }
  for (const file of positionals) {
    console.log(`== ${file}`);
    const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
    const summary = summarizeProfile(
      profile,
      values.from === undefined ? 0 : Number(values.from),
      values.to === undefined ? Number.POSITIVE_INFINITY : Number(values.to),
    );
    printProfileSummary(summary, Number(values.top));
  }
}
