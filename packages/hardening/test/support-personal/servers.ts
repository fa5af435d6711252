// Local servers on 127.0.0.1 (port 0) that answer like Talview's Hasura and TalentLMS and echo back everything the
// request carried (variables, body, query string, headers), the worst case for personal data in an error.
import type { IncomingMessage, ServerResponse } from "node:http";
import { type LocalServer, start } from "../support-hostile/servers.js";

export type EchoServer = LocalServer;

const parse = (text: string): Record<string, unknown> => {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
};

/** Every string value in a JSON value (the personal data the request sent), bounded. */
const stringsIn = (value: unknown, out: string[] = []): string[] => {
  if (typeof value === "string") out.push(value);
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) stringsIn(v, out);
  return out.slice(0, 20);
};

/** Headers starting with `x-candidate-` (a caller's own headers carrying personal data). */
const candidateHeaders = (req: IncomingMessage): string[] =>
  Object.entries(req.headers)
    .filter(([name]) => name.startsWith("x-candidate-"))
    .map(([, value]) => String(value));

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { "content-type": "application/json", "x-request-id": "req_personal_0001" });
  res.end(JSON.stringify(body));
};

/**
 * POST /v1/graphql: Hasura's `validation-failed` and `constraint-violation` shapes at HTTP 200 (research section 3,
 * observed), their messages echoing every variable and candidate header (echo inferred: a debug-minded API), and
 * `data` holding the candidate as the request named it. GET /api/v2/users: TalentLMS's 422 (inferred) echoing the
 * query string and headers; POST /api/v2/users the JSON body, in a Laravel-style field error map too.
 */
export const startEchoServer = (): Promise<EchoServer> =>
  start((req, res, text) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const echoed = [...candidateHeaders(req), ...[...url.searchParams.values()]];
    if (url.pathname === "/v1/graphql") {
      const { variables } = parse(text) as { variables?: Record<string, unknown> };
      const said = [...stringsIn(variables), ...echoed].join(", ");
      json(res, 200, {
        errors: [
          {
            extensions: { path: "$.selectionSet.candidate_create.args.object.email", code: "validation-failed" },
            message: `invalid value for candidate ${said}`,
          },
          {
            extensions: { path: "$.selectionSet.candidate_create.args.object", code: "constraint-violation" },
            message: `Uniqueness violation. duplicate key ${said}`,
          },
        ],
        data: { candidate_create: null, candidate: variables ?? null },
      });
      return;
    }
    const body = parse(text);
    const said = [...stringsIn(body), ...echoed].join(", ");
    json(res, 422, {
      error: {
        type: "invalid_request_error",
        message: `A user with the same email address already exists: ${said}`,
      },
      errors: Object.fromEntries(
        Object.entries(body).map(([field, value]) => [field, [`${String(value)} is invalid`]]),
      ),
      user: body,
    });
  });
