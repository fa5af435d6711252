import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { RecordedRequest } from "@errnorm/testkit";
import { ATTEMPT_HEADER, type FleetWorkerConfig, type FleetWorkerResult } from "./fleet-config.js";

const WORKER = fileURLToPath(new URL("./fleet-worker.ts", import.meta.url));

/** What one scenario measured: the workers' counts summed, and the server's view. */
export interface FleetRun {
  readonly requests: number;
  readonly results: readonly FleetWorkerResult[];
  /** Requests of workers that never reported (crashed or hung): counted as lost. */
  readonly unreported: number;
  readonly elapsedMs: number;
  /** Attempt tags the emulator received more than once. */
  readonly duplicateArrivals: number;
}

interface Worker {
  readonly go: () => void;
  readonly ready: Promise<void>;
  readonly result: Promise<FleetWorkerResult | undefined>;
}

const startWorker = (config: FleetWorkerConfig, timeoutMs: number): Worker => {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=@errnorm/source", WORKER, JSON.stringify(config)],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout });
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const result = new Promise<FleetWorkerResult | undefined>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(undefined);
    }, timeoutMs);
    lines.on("line", (line) => {
      const message = JSON.parse(line) as { ready?: boolean; result?: FleetWorkerResult };
      if (message.ready) onReady();
      if (message.result) {
        clearTimeout(timer);
        resolve(message.result);
      }
    });
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
  return { go: () => child.stdin.write("go\n"), ready, result };
};

/** Spawns the workers, starts them together, runs `during` meanwhile, and gathers what they and the server saw. */
export const runFleet = async (
  configs: readonly FleetWorkerConfig[],
  log: () => readonly RecordedRequest[],
  reset: () => void,
  during: (startedAt: number) => Promise<void> = async () => undefined,
  timeoutMs = 60_000,
): Promise<FleetRun> => {
  const workers = configs.map((config) => startWorker(config, timeoutMs));
  await Promise.all(workers.map((worker) => worker.ready));
  reset(); // the warm-up requests are not part of the run
  const started = performance.now();
  for (const worker of workers) worker.go();
  const [results] = await Promise.all([Promise.all(workers.map((worker) => worker.result)), during(started)]);
  const elapsedMs = performance.now() - started;
  const tags = new Map<string, number>();
  for (const request of log()) {
    const tag = request.headers[ATTEMPT_HEADER];
    if (typeof tag === "string") tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const reported = results.filter((result): result is FleetWorkerResult => result !== undefined);
  return {
    requests: configs.reduce((sum, config) => sum + config.requests, 0),
    results: reported,
    unreported: configs.reduce((sum, config, i) => sum + (results[i] === undefined ? config.requests : 0), 0),
    elapsedMs,
    duplicateArrivals: [...tags.values()].filter((n) => n > 1).length,
  };
};
