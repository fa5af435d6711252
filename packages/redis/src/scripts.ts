import type { SendCommand } from "./client.js";

// Every script reads the server's clock (TIME), so processes on machines whose clocks disagree share one budget.
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;

/**
 * Takes up to ARGV[1] slots in every window at once, or none. KEYS[1]: the pause; KEYS[2..]: one sorted set per
 * window (member: slot id, score: when the slot comes back). ARGV: wanted, id prefix, first sequence number, the
 * shortest lease, then limit and interval of each window. A new slot is leased for its interval (at least the
 * shortest lease) until its task settles. Returns {granted, wait ms}.
 */
export const ACQUIRE = `${NOW}local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if paused > now then return {0, paused - now} end
local room = tonumber(ARGV[1])
local wait = 0
for i = 2, #KEYS do
  local limit = tonumber(ARGV[2 * i + 1])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now)
  local used = redis.call('ZCARD', KEYS[i])
  if used >= limit then
    local freed = redis.call('ZRANGE', KEYS[i], used - limit, used - limit, 'WITHSCORES')
    wait = math.max(wait, tonumber(freed[2]) - now)
    room = 0
  elseif limit - used < room then
    room = limit - used
  end
end
if room == 0 then return {0, math.max(wait, 1)} end
local first = tonumber(ARGV[3])
for i = 2, #KEYS do
  local interval = tonumber(ARGV[2 * i + 2])
  local lease = math.max(interval, tonumber(ARGV[4]))
  local args = {}
  for n = 0, room - 1 do
    args[#args + 1] = now + lease
    args[#args + 1] = ARGV[2] .. string.format('%d', first + n)
  end
  redis.call('ZADD', KEYS[i], unpack(args))
  redis.call('PEXPIRE', KEYS[i], lease + 1000)
end
return {room, 0}
`;

/**
 * Moves slots' return in every window. KEYS: the window sets. ARGV[1]: "XX" (renew a running task's lease to now +
 * max(interval, shortest lease); a slot already gone stays gone) or "" (a task settled: its slot comes back at
 * now + interval, counted even if its lease ran out); ARGV[2]: the shortest lease; then each window's interval,
 * then the slot ids.
 */
export const RENEW = `${NOW}local n = #KEYS
for i = 1, n do
  local interval = tonumber(ARGV[i + 2])
  local args = {}
  if ARGV[1] == 'XX' then
    args[1] = 'XX'
    interval = math.max(interval, tonumber(ARGV[2]))
  end
  for j = n + 3, #ARGV do
    args[#args + 1] = now + interval
    args[#args + 1] = ARGV[j]
  end
  redis.call('ZADD', KEYS[i], unpack(args))
  redis.call('PEXPIRE', KEYS[i], math.max(interval, tonumber(ARGV[2])) + 1000)
end
return n
`;

/** Gives slots back at once (granted to tasks that never ran). KEYS: the window sets; ARGV: slot ids. */
export const FORGET = `for i = 1, #KEYS do redis.call('ZREM', KEYS[i], unpack(ARGV)) end
return #KEYS
`;

/** Holds every start for ARGV[1] ms from now, unless a longer pause is set. KEYS[1]: the pause. */
export const PAUSE = `${NOW}local untilMs = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilMs > current then
  redis.call('SET', KEYS[1], string.format('%d', untilMs), 'PX', tonumber(ARGV[1]) + 1000)
end
return 1
`;

const sha1 = async (text: string): Promise<string> => {
  const digest = await globalThis.crypto.subtle.digest("SHA-1", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
};

/**
 * Runs scripts by SHA1 once their digest is known, by full text (EVAL, which also caches them) before that and after
 * a restart emptied the server's cache. Each call is one command, so calls reach Redis in the order they were made.
 */
export const scriptRunner = (send: SendCommand) => {
  const shas = new Map<string, string>();
  return async (script: string, keys: readonly string[], args: readonly string[]): Promise<unknown> => {
    const tail = [String(keys.length), ...keys, ...args];
    const eval_ = () => send(["EVAL", script, ...tail]);
    const sha = shas.get(script);
    if (sha === undefined) {
      void sha1(script).then((digest) => shas.set(script, digest));
      return eval_();
    }
    try {
      return await send(["EVALSHA", sha, ...tail]);
    } catch (error) {
      if (!String((error as Error | undefined)?.message).includes("NOSCRIPT")) throw error;
      return eval_();
    }
  };
};
