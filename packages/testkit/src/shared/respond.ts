import type { ServerResponse } from "node:http";

/** Extra response headers: name -> value. */
export type HeaderMap = Readonly<Record<string, string>>;

/** Sends a JSON body (any value, serialized as is). */
export const sendJson = (res: ServerResponse, status: number, body: unknown, headers: HeaderMap = {}): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
};

/** Sends a text body with the given content type (e.g. an HTML error page). */
export const sendText = (
  res: ServerResponse,
  status: number,
  text: string,
  contentType: string,
  headers: HeaderMap = {},
): void => {
  res.writeHead(status, { ...headers, "content-type": contentType, "content-length": Buffer.byteLength(text) });
  res.end(text);
};

/** Sends a response with no body (204 and friends). */
export const sendEmpty = (res: ServerResponse, status: number, headers: HeaderMap = {}): void => {
  res.writeHead(status, headers);
  res.end();
};

/** Sends a caller-scripted response: a string body goes out verbatim, anything else as JSON. */
export const sendScripted = (
  res: ServerResponse,
  response: { readonly status: number; readonly body?: unknown; readonly headers?: HeaderMap },
  headers: HeaderMap,
): void => {
  const merged = { ...headers, ...response.headers };
  if (response.body === undefined) sendEmpty(res, response.status, merged);
  else if (typeof response.body === "string") {
    const contentType = merged["content-type"] ?? "text/plain; charset=utf-8";
    sendText(res, response.status, response.body, contentType, merged);
  } else sendJson(res, response.status, response.body, merged);
};

/** Ends the exchange without answering: the client sees the connection reset or closed mid-request. */
export const dropConnection = (res: ServerResponse): void => {
  res.socket?.destroy();
  res.destroy();
};
