// `npm start`: build whatever is missing, then serve (the server migrates the database itself).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const builds = [
  { output: "dist/server/main.js", script: "build:server" },
  { output: "dist/client/index.html", script: "build:client" },
];
for (const { output, script } of builds) {
  if (existsSync(output)) continue;
  console.log(`${output} is missing: npm run ${script}`);
  const built = spawnSync("npm", ["run", script], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await import("../dist/server/main.js");
