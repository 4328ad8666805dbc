// `npm start`: build whatever is missing, then serve (the server migrates the database itself).
import { ensureBuild } from "./ensure-build.mjs";

ensureBuild();
await import("../dist/server/main.js");
