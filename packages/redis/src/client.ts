/** An ioredis client (`new Redis(...)`, or a `Cluster`): commands go through `call`. */
export interface IoredisLike {
  call(command: string, ...args: string[]): Promise<unknown>;
}

/** A node-redis client (`createClient(...)` of the `redis` package, v4 and later): commands go through `sendCommand`. */
export interface NodeRedisLike {
  sendCommand(args: string[]): Promise<unknown>;
}

/** Either client; nothing else of it is used, and neither package is imported. */
export type RedisClientLike = IoredisLike | NodeRedisLike;

/** Sends one raw command (`["EVALSHA", sha, "2", ...]`) and resolves with the reply. */
export type SendCommand = (args: readonly string[]) => Promise<unknown>;

const isIoredis = (client: object): client is IoredisLike =>
  typeof (client as Partial<IoredisLike>).call === "function";
const isNodeRedis = (client: object): client is NodeRedisLike =>
  typeof (client as Partial<NodeRedisLike>).sendCommand === "function";

/** The raw-command function of a node-redis or ioredis client, told apart by shape; a `TypeError` for anything else. */
export const commandOf = (client: RedisClientLike): SendCommand => {
  if (typeof client === "object" && client !== null) {
    // ioredis also has a `sendCommand`, taking a Command object: check `call` first.
    if (isIoredis(client)) return ([name, ...args]) => client.call(name as string, ...args);
    if (isNodeRedis(client)) return (args) => client.sendCommand([...args]);
  }
  throw new TypeError("createRedisThrottle needs a node-redis (`redis`) or an ioredis client");
};
