import { createServer } from "node:net";
import { startTalentlmsEmulator, startTalviewEmulator, type TalentlmsEmulator } from "@errnorm/testkit";
import type { DemoEnv } from "./demo-cases.js";

/** A port on 127.0.0.1 that was free a moment ago and is closed now: connecting to it is refused. */
const closedPort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port was bound");
  return address.port;
};

/** Both emulators with their default settings, a valid Talview token and a refused URL. Close with `closeDemoEnv`. */
export const startDemoEnv = async (): Promise<DemoEnv> => {
  const started: { talentlms?: TalentlmsEmulator } = {};
  try {
    started.talentlms = await startTalentlmsEmulator();
    const talview = await startTalviewEmulator();
    return {
      talentlms: started.talentlms,
      talview,
      token: talview.issueToken().access_token,
      closedUrl: `http://127.0.0.1:${await closedPort()}`,
    };
  } catch (error) {
    await started.talentlms?.close();
    throw error;
  }
};

/** Closes both emulators (each is safe to close twice). */
export const closeDemoEnv = async (env: DemoEnv): Promise<void> => {
  await Promise.all([env.talentlms.close(), env.talview.close()]);
};
