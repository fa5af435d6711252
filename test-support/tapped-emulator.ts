import { type ResponseTap, startResponseTap } from "@errnorm/testkit";
import { afterAll, beforeAll, beforeEach } from "vitest";

/** What the testkit's emulators have in common that the tap needs. */
interface Emulator {
  readonly url: string;
  reset(): void;
  close(): Promise<void>;
}

/** The emulator and the tap in front of it, set once the file's `beforeAll` has run. */
export interface TappedEmulator<E extends Emulator> {
  readonly emulator: E;
  readonly tap: ResponseTap;
}

/**
 * For the calling file's tests: starts an emulator and a response tap in front of it (clients call `tap.url`, and
 * `tap.last()` is the exact response they received), resets the emulator before each test, closes both after.
 */
export const tappedEmulator = <E extends Emulator>(start: () => Promise<E>): TappedEmulator<E> => {
  const held: { emulator?: E; tap?: ResponseTap } = {};
  beforeAll(async () => {
    held.emulator = await start();
    held.tap = await startResponseTap(held.emulator.url);
  });
  afterAll(async () => {
    await held.tap?.close();
    await held.emulator?.close();
  });
  beforeEach(() => held.emulator?.reset());
  return held as TappedEmulator<E>;
};
