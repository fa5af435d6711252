#!/usr/bin/env node
import { EXIT_CODES } from "./exit-codes.js";
import { run } from "./program.js";

const fail = (thrown: unknown): void => {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  process.stderr.write(`errnorm: internal error: ${message.replace(/\s+/g, " ").slice(0, 500)}\n`);
  process.exitCode = EXIT_CODES.badInput;
};

process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
// A closed pipe (`errnorm har x.har | head`) is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  fail(error);
});

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  stdin: process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
  columns: process.stdout.columns ?? 100,
};

run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
}, fail);
