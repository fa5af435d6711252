// Every place a NormalizedError goes in production, as text: the printed forms issue 6 names, plus an OpenTelemetry
// span (real SDK, in-memory exporter) and a pino log line (default `err` serializer and `toLogFields`).
import { Writable } from "node:stream";
import { inspect } from "node:util";
import { type NormalizedError, toLogFields } from "@errnorm/core";
import { recordError } from "@errnorm/core/otel";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import pino from "pino";

const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer("hardening");

/** The span a failed call records (status, attributes, events), as the exporter received it. */
const spanText = (error: NormalizedError): string => {
  exporter.reset();
  const span = tracer.startSpan("vendor call");
  recordError(span, error, { exceptionEvent: true });
  span.end();
  const [done] = exporter.getFinishedSpans();
  return JSON.stringify({ status: done?.status, attributes: done?.attributes, events: done?.events });
};

/** Two pino lines: `{ err }` through pino's default serializer, and `toLogFields`. */
const pinoText = (error: NormalizedError): string => {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = pino(stream);
  logger.error({ err: error }, "vendor call failed");
  logger.warn(toLogFields(error), "vendor call failed");
  return chunks.join("");
};

/** Every output, by the expression that produces it. */
export const productionOutputs = (error: NormalizedError): Record<string, string> => ({
  "JSON.stringify(err)": JSON.stringify(error),
  "String(err)": String(error),
  "util.inspect(err, { depth: Infinity, showHidden: true })": inspect(error, { depth: Infinity, showHidden: true }),
  "JSON.stringify(err.toProblemDetails())": JSON.stringify(error.toProblemDetails()),
  "JSON.stringify(err.raw)": JSON.stringify(error.raw) ?? "",
  "err.stack": error.stack ?? "",
  "span (recordError, exceptionEvent)": spanText(error),
  "pino log lines": pinoText(error),
});

/** Where `value` shows up, each with an excerpt (empty when nowhere). */
export const appearancesOf = (error: NormalizedError, value: string): string[] =>
  Object.entries(productionOutputs(error)).flatMap(([where, text]) => {
    const at = text.indexOf(value);
    return at < 0 ? [] : [`${where}: …${text.slice(Math.max(0, at - 60), at + value.length + 20)}…`];
  });
