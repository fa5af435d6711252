// Issue 13: the README's "In production" examples (examples/production/*.ts) run here against local servers with the
// real OpenTelemetry SDK (in-memory exporter), pino writing to a memory stream, and a real @sentry/core client whose
// transport records the envelopes it would send. They also type-check under their own tsconfig.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { fingerprint, type NormalizedError } from "@errnorm/core";
import { SpanStatusCode, type Tracer } from "@opentelemetry/api";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import {
  type BaseTransportOptions,
  Client,
  type ClientOptions,
  createStackParser,
  createTransport,
  type ErrorEvent,
  type Event,
  type EventHint,
  eventFromMessage,
  eventFromUnknownInput,
  parseEnvelope,
  resolvedSyncPromise,
  type SeverityLevel,
} from "@sentry/core";
import { nodeStackLineParser } from "@sentry/core/server";
import type { Result } from "neverthrow";
import pino, { type Logger } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadExample, typecheckExamples } from "../../../test-support/load-example.js";

const load = <T>(name: string): Promise<T> => loadExample<T>(`production/${name}`);

interface OtelExample {
  bookSlot(
    tracer: Tracer,
    call: { url: string; token: string; slotId: string },
  ): Promise<Result<unknown, NormalizedError>>;
  getUser(tracer: Tracer, call: { url: string; apiKey: string }): Promise<Result<unknown, NormalizedError>>;
}
interface PinoExample {
  listUsers(logger: Logger, call: { url: string; apiKey: string }): Promise<Result<unknown, NormalizedError>>;
}
interface SentryExample {
  beforeSend(event: ErrorEvent, hint: EventHint): ErrorEvent;
}

const API_KEY = "tlmsK3y9aB8cD7eF6gH5iJ4k";
const TOKEN = "tvwT0k3n1a2B3c4D5e6F7g8h";

/** Scripted answers, one per request in order (the last repeats), like the vendors send them. */
let script: { status: number; body: unknown }[] = [];
let served = 0;
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  req.resume();
  req.on("end", () => {
    const next = script[Math.min(served, script.length - 1)] ?? { status: 500, body: {} };
    served += 1;
    res.writeHead(next.status, { "content-type": "application/json", "x-request-id": `req_example_${served}` });
    res.end(JSON.stringify(next.body));
  });
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  served = 0;
});

// Talview's gateway 503 (inferred body) and a failed booking envelope at HTTP 200 (vendor error-codes page, documented).
const GATEWAY_503 = { status: 503, body: { message: "Service Unavailable" } };
const SLOT_TAKEN = {
  status: 200,
  body: {
    data: {
      booking_create: {
        success: false,
        error_message: "SLOT_UNAVAILABLE: The selected time slot is no longer available.",
        data: null,
      },
    },
  },
};
// TalentLMS v2 (research fixture T6, documented message).
const USER_MISSING = {
  status: 404,
  body: { error: { type: "invalid_request_error", message: "The requested user does not exist" } },
};

describe("examples/production type-check", () => {
  it("tsc -p examples/production", () => {
    expect(() => typecheckExamples("production")).not.toThrow();
  }, 120_000);
});

describe("opentelemetry.ts with the real SDK", () => {
  const exporter = new InMemorySpanExporter();
  const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer("example");
  beforeEach(() => exporter.reset());

  it("bookSlot: two 503s then a taken slot: three attempt events and one error on the span", async () => {
    script = [GATEWAY_503, GATEWAY_503, SLOT_TAKEN];
    const { bookSlot } = await load<OtelExample>("opentelemetry.ts");
    const result = await bookSlot(tracer, { url: `${url}/v1/graphql`, token: TOKEN, slotId: "s1" });
    expect(result._unsafeUnwrapErr()).toMatchObject({ reason: "SLOT_UNAVAILABLE", attempts: 3 });
    const [span] = exporter.getFinishedSpans();
    expect(span?.name).toBe("talview booking_create");
    expect(span?.events.map((e) => [e.attributes?.["errnorm.attempt"], e.attributes?.["error.type"]])).toEqual([
      [1, "SERVICE_UNAVAILABLE"],
      [2, "SERVICE_UNAVAILABLE"],
      [3, "SLOT_UNAVAILABLE"],
    ]);
    expect(span?.status.code).toBe(SpanStatusCode.ERROR);
    expect(span?.attributes).toMatchObject({
      "error.type": "SLOT_UNAVAILABLE",
      "errnorm.vendor": "talview",
      "errnorm.category": "business_rule",
      "errnorm.action": "refresh_availability",
      "errnorm.retryable": false,
      "errnorm.attempts": 3,
      "errnorm.trace_id": "req_example_3",
      "http.response.status_code": 200,
    });
    expect(JSON.stringify([span?.status, span?.attributes, span?.events])).not.toContain(TOKEN);
  });

  it("getUser: a 404 recorded with its trace id and status, no API key", async () => {
    script = [USER_MISSING];
    const { getUser } = await load<OtelExample>("opentelemetry.ts");
    await getUser(tracer, { url: `${url}/api/v2/users/9`, apiKey: API_KEY });
    const [span] = exporter.getFinishedSpans();
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: "The requested user does not exist" });
    expect(span?.attributes).toMatchObject({
      "error.type": "USER_NOT_FOUND",
      "errnorm.vendor": "talentlms",
      "http.response.status_code": 404,
      "errnorm.trace_id": "req_example_1",
    });
    expect(span?.events).toEqual([]);
  });
});

describe("pino.ts with pino writing to a memory stream", () => {
  it("a retry is a warning with the flat fields, the final failure an error with the stack; no API key", async () => {
    script = [{ status: 503, body: { error: { type: "api_error", message: "Service unavailable" } } }];
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    const { listUsers } = await load<PinoExample>("pino.ts");
    const result = await listUsers(pino(stream), { url: `${url}/api/v2/users`, apiKey: API_KEY });
    expect(result.isErr()).toBe(true);
    const lines = chunks
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.msg)).toEqual(["talentlms retry", "talentlms call failed"]);
    expect(lines[0]).toMatchObject({
      level: 40,
      vendor: "talentlms",
      category: "unavailable",
      status: 503,
      attempt: 1,
    });
    expect(lines[1]?.err).toMatchObject({
      type: "NormalizedError",
      reason: "HTTP_503",
      attempts: 2,
      traceId: "req_example_2",
    });
    expect(String((lines[1]?.err as { stack?: string }).stack)).toMatch(/^NormalizedError: Service unavailable/);
    expect(chunks.join("")).not.toContain(API_KEY);
  });
});

describe("sentry.ts with a real @sentry/core client", () => {
  const sent: Event[] = [];
  class RecordingClient extends Client<ClientOptions> {
    constructor(options: ClientOptions) {
      super(options);
    }
    eventFromException(exception: unknown, hint?: EventHint) {
      return resolvedSyncPromise(eventFromUnknownInput(this, this.getOptions().stackParser, exception, hint));
    }
    eventFromMessage(message: string, level?: SeverityLevel, hint?: EventHint) {
      return resolvedSyncPromise(eventFromMessage(this.getOptions().stackParser, message, level, hint));
    }
  }
  const client = async (beforeSend: SentryExample["beforeSend"]): Promise<RecordingClient> => {
    const c = new RecordingClient({
      dsn: "https://public@o0.ingest.sentry.io/1",
      integrations: [],
      stackParser: createStackParser(nodeStackLineParser()),
      transport: (options: BaseTransportOptions) =>
        createTransport(options, async (request) => {
          const [, items] = parseEnvelope(request.body);
          for (const [header, payload] of items) if (header.type === "event") sent.push(payload as Event);
          return { statusCode: 200 };
        }),
      beforeSend,
    });
    c.init();
    return c;
  };

  it("groups by fingerprint, tags the fields, and sends no API key", async () => {
    script = [USER_MISSING];
    const { beforeSend } = await load<SentryExample>("sentry.ts");
    const { fromFetch } = await import("@errnorm/talentlms");
    const error = (await fromFetch(`${url}/api/v2/users/9?api_key=${API_KEY}`))._unsafeUnwrapErr();
    const sentry = await client(beforeSend);
    sent.length = 0;
    sentry.captureException(error, { originalException: error });
    sentry.captureException(new Error("not from errnorm"));
    await sentry.flush(2_000);
    expect(sent).toHaveLength(2);
    const [errnorm, other] = sent;
    expect(errnorm?.fingerprint).toEqual(fingerprint(error));
    expect(errnorm?.fingerprint).toEqual(["errnorm", "talentlms", "USER_NOT_FOUND"]);
    expect(errnorm?.tags).toMatchObject({
      "errnorm.vendor": "talentlms",
      "errnorm.reason": "USER_NOT_FOUND",
      "errnorm.trace_id": "req_example_1",
    });
    expect(errnorm?.exception?.values?.[0]).toMatchObject({ type: "NormalizedError" });
    expect(other?.fingerprint).toBeUndefined();
    expect(JSON.stringify(sent)).not.toContain(API_KEY);
  });
});
