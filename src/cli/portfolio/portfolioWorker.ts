import { parentPort, workerData } from "node:worker_threads";
import type { WorkerTask } from "../../app/batch/workerPool.js";
import { portfolioBatches, type PortfolioWorkerSetup } from "./portfolioWorkerSetup.js";

// A worker thread of `portfolio --jobs N`: adds up the batches it is sent, in order.
const evaluate = portfolioBatches(workerData as PortfolioWorkerSetup);

parentPort?.on("message", (task: WorkerTask) => {
  parentPort?.postMessage(evaluate(task.records));
});
