import { parentPort, workerData } from "node:worker_threads";
import { policyFromJson } from "../../policy/loadPolicy.js";
import { evaluateBatch } from "./evaluateBatch.js";
import type { WorkerSetup, WorkerTask } from "./workerProtocol.js";

// A worker thread of `simulate --jobs N`: evaluates the batches it is sent, in order.
const setup = workerData as WorkerSetup;
const { policy } = policyFromJson(setup.policyJson, "(worker)");

parentPort?.on("message", (task: WorkerTask) => {
  parentPort?.postMessage(evaluateBatch(task.records, policy, setup));
});
