// A separate process sharing a budget: `worker.ts <kind> <url> <key> <windows JSON> <tasks> <run|hold>`.
// run: runs the tasks and prints {"starts":[...]} (epoch ms); hold: starts tasks that never settle, prints
// {"holding":n} and waits to be killed.
import { createRedisThrottle } from "@errnorm/redis";
import { type ClientKind, connectClient } from "./clients.js";

const [kind, url, key, windowsJson, tasks, mode] = process.argv.slice(2);
const { client, close } = await connectClient(kind as ClientKind, url as string);
const throttle = createRedisThrottle({ client, key: key as string, windows: JSON.parse(windowsJson as string) });
const count = Number(tasks);

if (mode === "hold") {
  let started = 0;
  for (let i = 0; i < count; i += 1) {
    void throttle(() => {
      started += 1;
      if (started === count) console.log(JSON.stringify({ holding: started }));
      return new Promise(() => undefined);
    });
  }
} else {
  const starts: number[] = [];
  await Promise.all(Array.from({ length: count }, () => throttle(() => void starts.push(Date.now()))));
  console.log(JSON.stringify({ starts }));
  await close();
}
