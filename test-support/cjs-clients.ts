import { execFile } from "node:child_process";

/** One call of a `run-clients.cjs` script: which client, whether it succeeded, and the error as JSON. */
export interface ClientLine {
  readonly client: string;
  readonly path?: string;
  readonly ok: boolean;
  readonly normalized: boolean;
  readonly json: unknown;
}

/** Runs a `run-clients.cjs` script in a plain `node` child process (the built CommonJS entries) and reads its lines. */
export const runCjsClients = (script: string, args: readonly string[]): Promise<ClientLine[]> =>
  new Promise((resolve, reject) =>
    execFile(process.execPath, [script, ...args], { timeout: 30_000 }, (error, stdout, stderr) =>
      error
        ? reject(new Error(`${error.message}\n${stderr}`))
        : resolve(
            stdout
              .trim()
              .split("\n")
              .map((line) => JSON.parse(line) as ClientLine),
          ),
    ),
  );
