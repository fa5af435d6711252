// Local HTTP servers on 127.0.0.1 (port 0) that answer like TalentLMS and Talview and echo the caller's credentials.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface LocalServer {
  readonly url: string;
  close(): Promise<void>;
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { "content-type": "application/json", "x-request-id": "req_hardening_0001", ...headers });
  res.end(JSON.stringify(body));
};

/** A server on 127.0.0.1 and a free port that hands each request and its body text to `handle`. */
export const start = async (
  handle: (req: IncomingMessage, res: ServerResponse, body: string) => void,
): Promise<LocalServer> => {
  const server = createServer((req, res) => {
    readBody(req).then(
      (body) => handle(req, res, body),
      () => res.destroy(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
};

/**
 * TalentLMS v2 as research fixture T7 (401 `{"error":{"type":"invalid_request_error","message":"Invalid API key
 * provided"}}`, inferred literal), except that it echoes the key it got, from `X-API-Key` or `?api_key=`. POST
 * /api/v2/usersignup answers 422 echoing the JSON body's password in a wrapped error (inferred: a debug-minded API).
 */
export const startEchoingTalentlms = (): Promise<LocalServer> =>
  start((req, res, body) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method === "POST" && url.pathname === "/api/v2/usersignup") {
      let password = "";
      try {
        password = String((JSON.parse(body) as { password?: unknown }).password ?? "");
      } catch {
        password = body;
      }
      json(res, 422, {
        error: { type: "invalid_request_error", message: `Password ${password} is not strong enough` },
      });
      return;
    }
    const key = req.headers["x-api-key"] ?? url.searchParams.get("api_key") ?? "";
    json(res, 401, { error: { type: "invalid_request_error", message: `Invalid API key provided: ${String(key)}` } });
  });

/**
 * Talview's Hasura `/v1/graphql`: every GraphQL error at HTTP 200 (`invalid-jwt`, research notes on Hasura
 * `allMod200`), here echoing the Authorization header verbatim and, on /bare, the token alone in a documented-shape
 * bare 401 body (`{"extensions":{"code":401,"traceId":…},"message":…}`, vendor error-codes page; echo inferred).
 */
export const startEchoingTalview = (): Promise<LocalServer> =>
  start((req, res) => {
    const authorization = String(req.headers.authorization ?? "");
    const token = authorization.replace(/^Bearer /, "");
    if (req.url === "/bare") {
      json(res, 401, { extensions: { code: 401, traceId: "77020d7cb1" }, message: `Could not verify JWT: ${token}` });
      return;
    }
    json(res, 200, {
      errors: [
        {
          extensions: { path: "$", code: "invalid-jwt" },
          message: `Could not verify JWT: JWSError for header Authorization: ${authorization}`,
        },
      ],
    });
  });
