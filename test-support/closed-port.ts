import { startScriptedServer } from "@errnorm/testkit";

/** The URL of a port on 127.0.0.1 that was just released: a connection to it is refused. */
export const closedPortUrl = async (): Promise<string> => {
  const spare = await startScriptedServer();
  await spare.close();
  return spare.url;
};
