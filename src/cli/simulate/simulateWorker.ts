import { parentPort, workerData } from "node:worker_threads";
import type { WorkerTask } from "../../app/batch/workerPool.js";
import { policyFromJson } from "../../policy/loadPolicy.js";
import { simulateLines, type SimulateWorkerSetup } from "./simulateWorkerSetup.js";

// A worker thread of `simulate --jobs N`: evaluates the batches it is sent, in order.
const setup = workerData as SimulateWorkerSetup;
const policy = policyFromJson(setup.policyJson, "(worker)").policy;
// The CSV writer (and csv-stringify) only loaded when asked for: NDJSON runs never pay for it.
const evaluate = setup.csv ? (await import("./simulateCsvLines.js")).simulateCsvLines(policy, setup) : simulateLines(policy, setup);

parentPort?.on("message", (task: WorkerTask) => {
  parentPort?.postMessage(evaluate(task.records));
});
