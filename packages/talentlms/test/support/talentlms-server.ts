import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** The key the fake TalentLMS accepts. */
export const GOOD_KEY = "tlms_live_9f8e7d6c5b4a39281706";

export interface FakeTalentlms {
  readonly url: string;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

const v1Error = (type: string, message: string) => ({ error: { type, message } });
const v2Error = (type: string, message: string) => ({ type, message });

/** v1 sends the key as the HTTP Basic user name; v2 in X-API-Key. */
const keyOf = (req: IncomingMessage): string | undefined => {
  const header = req.headers["x-api-key"];
  if (typeof header === "string" && header !== "") return header;
  const auth = req.headers.authorization;
  if (typeof auth === "string" && auth.toLowerCase().startsWith("basic ")) {
    const user = Buffer.from(auth.slice(6), "base64").toString("utf8").split(":")[0];
    return user === "" ? undefined : user;
  }
  return undefined;
};

const route = (req: IncomingMessage, res: ServerResponse): void => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const v1 = url.pathname.startsWith("/api/v1/");
  const fail = (status: number, type: string, message: string, headers?: Record<string, string>) =>
    json(res, status, v1 ? v1Error(type, message) : v2Error(type, message), headers);

  // Served before the key check, like a proxy in front of the API.
  if (url.pathname === "/api/v2/proxy-502") {
    res.writeHead(502, { "Content-Type": "text/html", Server: "nginx" });
    res.end(
      "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
    );
    return;
  }
  if (url.pathname === "/api/v2/drop") {
    req.socket.destroy();
    return;
  }
  if (url.pathname === "/api/v2/slow") {
    const timer = setTimeout(() => json(res, 200, { _data: [] }), 5_000);
    res.on("close", () => clearTimeout(timer));
    return;
  }

  const key = keyOf(req);
  res.setHeader("X-Request-Id", "req_fake_0001");
  if (key === undefined) return fail(401, "invalid_request_error", "No API key provided");
  // A careless server that echoes the key it rejected: the adapter must scrub it.
  if (key !== GOOD_KEY) return fail(401, "invalid_request_error", `Invalid API key provided: ${key}`);

  const rate = { "X-RateLimit-Limit": "2000", "X-RateLimit-Remaining": "1999" };
  switch (url.pathname) {
    case "/api/v2/users/1":
      return json(res, 200, { _data: { id: 1, login: "jdoe" } }, rate);
    case "/api/v2/users/999":
      return fail(404, "invalid_request_error", "The requested resource does not exist");
    case "/api/v1/users/id:999":
      return fail(404, "invalid_request_error", "The requested user does not exist");
    case "/api/v1/usersignup":
      return fail(400, "invalid_request_error", "A user with the same email address already exists");
    case "/api/v2/limited":
      return fail(429, "invalid_request_error", "Too many requests", {
        "X-RateLimit-Limit": "200",
        "X-RateLimit-Remaining": "0",
        "Retry-After": "2",
      });
    case "/api/v2/limited-no-wait":
      return fail(429, "invalid_request_error", "Too many requests", {
        "X-RateLimit-Limit": "2000",
        "X-RateLimit-Remaining": "0",
      });
    case "/api/v2/inactive":
      return fail(
        403,
        "invalid_request_error",
        "API is not enabled for the specified domain or the domain is currently inactive",
      );
    case "/api/v2/crash":
      return fail(500, "api_error", `Internal server error while handling key ${key}`);
    case "/api/v2/users/5":
      if (req.method === "DELETE") {
        res.writeHead(204);
        res.end();
        return;
      }
      return fail(404, "invalid_request_error", "The requested resource does not exist");
    default:
      return fail(404, "invalid_request_error", "The requested API action does not exist");
  }
};

/** A small server on 127.0.0.1 (port 0) that answers like TalentLMS; the test closes it. */
export const startFakeTalentlms = async (): Promise<FakeTalentlms> => {
  const server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
