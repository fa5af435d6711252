import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const WORKER = fileURLToPath(new URL("./worker.ts", import.meta.url));

/** Runs worker.ts in a new Node process (tsx, source condition); resolves each JSON line it prints. */
export const spawnWorker = (args: readonly string[]): { child: ChildProcess; lines: AsyncIterable<unknown> } => {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=@errnorm/source", WORKER, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = (async function* () {
    let buffer = "";
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      buffer += chunk.toString();
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        yield JSON.parse(buffer.slice(0, newline)) as unknown;
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf("\n");
      }
    }
  })();
  return { child, lines };
};

/** The first JSON line a worker prints. */
export const firstLine = async <T>(lines: AsyncIterable<unknown>): Promise<T> => {
  for await (const line of lines) return line as T;
  throw new Error("the worker printed nothing");
};
