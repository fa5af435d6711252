import type { IncomingMessage, ServerResponse } from "node:http";
import { createIdSequence, flattenHeaders, type MutableRecordedRequest, type RecordedRequest } from "./request-log.js";

/** The request log of one emulator: records each exchange and fills in the status sent (0 when dropped). */
export interface Recorder {
  readonly requests: readonly RecordedRequest[];
  record(
    req: IncomingMessage,
    res: ServerResponse,
    body: string,
    extra?: Pick<RecordedRequest, "graphql">,
  ): MutableRecordedRequest;
  clear(): void;
}

export const createRecorder = (idPrefix: string, clock: () => number): Recorder => {
  const nextId = createIdSequence(idPrefix);
  let log: MutableRecordedRequest[] = [];
  return {
    get requests() {
      return log;
    },
    record(req, res, body, extra) {
      const record: MutableRecordedRequest = {
        id: nextId(),
        method: req.method ?? "GET",
        path: req.url ?? "/",
        headers: flattenHeaders(req),
        body,
        receivedAt: clock(),
        fault: undefined,
        status: undefined,
        ...(extra?.graphql === undefined ? {} : { graphql: extra.graphql }),
      };
      log.push(record);
      res.once("finish", () => {
        record.status = res.statusCode;
      });
      res.once("close", () => {
        record.status ??= 0;
      });
      return record;
    },
    clear() {
      log = [];
    },
  };
};
