// Every place a NormalizedError goes in production, as text: the printed forms issue 6 names, plus an OpenTelemetry
// span (real SDK, in-memory exporter) and a pino log line (default `err` serializer and `toLogFields`).
import { Writable } from "node:stream";
import { type NormalizedError, toLogFields } from "@errnorm/core";
import { recordError } from "@errnorm/core/otel";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import pino from "pino";
import { appearancesIn, outputsOf } from "../support-hostile/secret-outputs.js";

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

/** Every output: the printed forms of `outputsOf`, plus the span and the pino lines. */
export const productionOutputs = (error: NormalizedError): Record<string, string> => ({
  ...outputsOf(error),
  "span (recordError, exceptionEvent)": spanText(error),
  "pino log lines": pinoText(error),
});

/** Where `value` shows up, each with an excerpt (empty when nowhere). */
export const appearancesOf = (error: NormalizedError, value: string): string[] =>
  appearancesIn(productionOutputs(error), value);
