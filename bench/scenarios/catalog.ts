// The scenarios, in the order `npm run bench` runs them by default.
import { burstScenario } from "./burst.js";
import type { Scenario } from "./context.js";
import { crashScenario } from "./crash.js";
import { deletionScenario } from "./deletion.js";
import { idleScenario } from "./idle.js";
import { qaUpvotesScenario } from "./qa-upvotes.js";
import { restVotesScenario } from "./rest-votes.js";
import { restartScenario } from "./restart.js";
import { slowProjectorScenario } from "./slow-projector.js";
import { latencyScenario, throughputScenario } from "./steady-rate.js";
import { wordCloudScenario } from "./word-cloud.js";

export const SCENARIOS: readonly Scenario[] = [
  burstScenario,
  latencyScenario,
  throughputScenario,
  restVotesScenario,
  idleScenario,
  restartScenario,
  slowProjectorScenario,
  crashScenario,
  deletionScenario,
  qaUpvotesScenario,
  wordCloudScenario,
];
