import { Redis } from "ioredis";
import { createClient } from "redis";
import type { RedisClientLike } from "@errnorm/redis";

/** The two clients the throttle accepts. */
export const CLIENT_KINDS = ["node-redis", "ioredis"] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

/** A connected client with an error listener; `raw` sends a command, `close` disconnects. */
export interface TestClient {
  readonly client: RedisClientLike;
  raw(...args: string[]): Promise<unknown>;
  close(): Promise<void>;
}

/** Connects a node-redis or ioredis client to `url`; reconnects quickly, fails commands fast while disconnected. */
export const connectClient = async (kind: ClientKind, url: string): Promise<TestClient> => {
  if (kind === "ioredis") {
    const client = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: () => 50, lazyConnect: true });
    client.on("error", () => undefined);
    await client.connect();
    return {
      client,
      raw: (command, ...args) => client.call(command, ...args),
      close: async () => {
        client.disconnect();
      },
    };
  }
  const client = createClient({ url, socket: { reconnectStrategy: () => 50 }, disableOfflineQueue: true });
  client.on("error", () => undefined);
  await client.connect();
  return {
    client,
    raw: (...args) => client.sendCommand(args),
    close: async () => {
      client.destroy();
    },
  };
};
