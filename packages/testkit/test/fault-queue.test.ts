import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { FaultQueue } from "../src/shared/fault-queue.js";
import type { RecordedRequest } from "../src/shared/request-log.js";

const request = (path: string): RecordedRequest => ({
  id: "0000000001",
  method: "GET",
  path,
  headers: {},
  body: "",
  receivedAt: 0,
  fault: undefined,
  status: undefined,
});

const faultArb = fc.constantFrom("html502", "status500", "drop", "rateLimited");
const stepArb = fc.oneof(faultArb, fc.constant("pass" as const));

describe("FaultQueue", () => {
  test.prop([fc.array(stepArb, { maxLength: 30 }), fc.nat({ max: 10 })])(
    "requests take script steps in order, pass steps as no fault, then nothing",
    (steps, extra) => {
      const queue = new FaultQueue<string>(() => true);
      queue.script(steps);
      expect(queue.pending).toBe(steps.length);
      const taken = Array.from({ length: steps.length + extra }, () => queue.take(request("/x")));
      expect(taken).toEqual([
        ...steps.map((s) => (s === "pass" ? undefined : s)),
        ...Array<undefined>(extra).fill(undefined),
      ]);
      expect(queue.pending).toBe(0);
    },
  );

  test.prop([fc.array(fc.tuple(fc.nat({ max: 5 }), faultArb), { maxLength: 10 })])(
    "failNext(n, f) calls in sequence fail exactly the sum of n requests, in call order",
    (calls) => {
      const queue = new FaultQueue<string>(() => true);
      for (const [count, fault] of calls) queue.add(count, fault);
      const expected = calls.flatMap(([count, fault]) => Array<string>(count).fill(fault));
      const taken = Array.from({ length: expected.length + 1 }, () => queue.take(request("/x")));
      expect(taken).toEqual([...expected, undefined]);
    },
  );

  it("a filtered entry is skipped by requests it does not apply to, and keeps its place", () => {
    const queue = new FaultQueue<string>(() => true);
    queue.add(1, "only-courses", { when: (r) => r.path === "/courses" });
    queue.add(1, "any");
    expect(queue.take(request("/users"))).toBe("any");
    expect(queue.take(request("/users"))).toBeUndefined();
    expect(queue.take(request("/courses"))).toBe("only-courses");
  });

  it("uses the default applicability when no filter is given", () => {
    const queue = new FaultQueue<string>((fault, r) => fault !== "graphql-only" || r.path === "/v1/graphql");
    queue.add(1, "graphql-only");
    expect(queue.take(request("/api/rest/auth_user_login"))).toBeUndefined();
    expect(queue.take(request("/v1/graphql"))).toBe("graphql-only");
  });

  it("clear() drops everything; count 0 adds nothing", () => {
    const queue = new FaultQueue<string>(() => true);
    queue.add(0, "x");
    expect(queue.pending).toBe(0);
    queue.add(3, "x");
    queue.clear();
    expect(queue.take(request("/"))).toBeUndefined();
  });
});
