// A separate process sharing a budget: `worker.ts <kind> <url> <key> <windows JSON> <tasks> <run|hold|abort>`.
// run: runs the tasks and prints {"starts":[...]} (epoch ms); hold: starts tasks that never settle, prints
// {"holding":n} and waits to be killed; abort: runs the tasks, queues one more, aborts while Redis is asked for its
// slot, prints {"rejected":true}, closes its client and should then exit.
import { createRedisThrottle } from "@errnorm/redis";
import { type ClientKind, connectClient } from "./clients.js";

const [kind, url, key, windowsJson, tasks, mode] = process.argv.slice(2);
const { client, close } = await connectClient(kind as ClientKind, url as string);
const controller = new AbortController();
const throttle = createRedisThrottle({
  client,
  key: key as string,
  windows: JSON.parse(windowsJson as string),
  signal: controller.signal,
});
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
} else if (mode === "abort") {
  await Promise.all(Array.from({ length: count }, () => throttle(() => undefined)));
  const waiting = throttle(() => undefined);
  controller.abort(new Error("stop"));
  console.log(
    JSON.stringify({
      rejected: await waiting.then(
        () => false,
        () => true,
      ),
    }),
  );
  await close();
} else {
  const starts: number[] = [];
  await Promise.all(Array.from({ length: count }, () => throttle(() => void starts.push(Date.now()))));
  console.log(JSON.stringify({ starts }));
  await close();
}
