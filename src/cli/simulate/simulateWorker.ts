import { parentPort, workerData } from "node:worker_threads";
import type { WorkerTask } from "../../app/batch/workerPool.js";
import { policyFromJson } from "../../policy/loadPolicy.js";
import { simulateLines, type SimulateWorkerSetup } from "./simulateWorkerSetup.js";

// A worker thread of `simulate --jobs N`: evaluates the batches it is sent, in order.
const setup = workerData as SimulateWorkerSetup;
const evaluate = simulateLines(policyFromJson(setup.policyJson, "(worker)").policy, setup);

parentPort?.on("message", (task: WorkerTask) => {
  parentPort?.postMessage(evaluate(task.records));
});
