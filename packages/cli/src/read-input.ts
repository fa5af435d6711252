import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { InputError } from "./input-error.js";

const mib = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MiB`;

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
};

const fsReason = (thrown: unknown): string => {
  const code = typeof thrown === "object" && thrown !== null ? (thrown as { code?: unknown }).code : undefined;
  return typeof code === "string" ? (FS_REASONS[code] ?? code) : "read error";
};

/** Reads a stream to the end, or fails as soon as more than `cap` bytes arrived (the rest is never buffered). */
export const readCapped = async (stream: Readable, cap: number, what: string): Promise<string> => {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > cap) {
        stream.destroy();
        throw new InputError(`${what} is larger than ${mib(cap)}, the most this command reads`);
      }
      chunks.push(buffer);
    }
  } catch (thrown) {
    if (thrown instanceof InputError) throw thrown;
    throw new InputError(`cannot read ${what}: ${fsReason(thrown)}`);
  }
  return Buffer.concat(chunks, size).toString("utf8");
};

/** Reads a file as UTF-8 text, refusing directories and files larger than `cap` before reading them. */
export const readFileCapped = async (path: string, cap: number): Promise<string> => {
  const what = JSON.stringify(path.length > 200 ? `${path.slice(0, 200)}…` : path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`cannot read ${what}: it is a directory`);
    if (info.isFile() && info.size > cap)
      throw new InputError(`${what} is larger than ${mib(cap)}, the most this command reads`);
  } catch (thrown) {
    if (thrown instanceof InputError) throw thrown;
    throw new InputError(`cannot read ${what}: ${fsReason(thrown)}`);
  }
  return readCapped(createReadStream(path), cap, what);
};
