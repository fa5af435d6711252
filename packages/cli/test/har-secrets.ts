import { readFileSync } from "node:fs";

interface Pair {
  name: string;
  value: string;
}

const bodyOf = (content: { text?: string; encoding?: string } | undefined): string =>
  content?.text === undefined
    ? ""
    : content.encoding === "base64"
      ? Buffer.from(content.text, "base64").toString("utf8")
      : content.text;

const SECRET_JSON_KEYS = new Set(["password", "access_token", "refresh_token", "token", "apikey", "api_key"]);

const jsonSecrets = (text: string, out: Set<string>): void => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return;
  }
  const visit = (v: unknown): void => {
    if (typeof v !== "object" || v === null) return;
    for (const [key, child] of Object.entries(v)) {
      if (SECRET_JSON_KEYS.has(key.toLowerCase()) && typeof child === "string") out.add(child);
      visit(child);
    }
  };
  visit(value);
};

/**
 * Every credential in a HAR file, read independently of the CLI's own code: Authorization and X-API-Key
 * values (and a Basic credential decoded), cookie values, query-string values, passwords in request bodies
 * and tokens in response bodies.
 */
export const harSecrets = (path: string): string[] => {
  const har = JSON.parse(readFileSync(path, "utf8")) as {
    log: {
      entries: {
        request: { headers: Pair[]; cookies: Pair[]; queryString: Pair[]; postData?: { text?: string } };
        response: { headers: Pair[]; cookies: Pair[]; content?: { text?: string; encoding?: string } };
      }[];
    };
  };
  const out = new Set<string>();
  for (const { request, response } of har.log.entries) {
    for (const { name, value } of request.headers) {
      const lower = name.toLowerCase();
      if (lower === "x-api-key") out.add(value);
      if (lower === "authorization") {
        const [scheme, credential = ""] = value.split(" ");
        out.add(credential);
        if (scheme?.toLowerCase() === "basic")
          out.add(Buffer.from(credential, "base64").toString("utf8").replace(/:$/, ""));
      }
      if (lower === "cookie") for (const part of value.split(";")) out.add(part.split("=")[1] ?? "");
    }
    for (const { name, value } of response.headers)
      if (name.toLowerCase() === "set-cookie") out.add(value.split(";")[0]?.split("=")[1] ?? "");
    for (const { value } of [...request.cookies, ...response.cookies, ...request.queryString]) out.add(value);
    if (request.postData?.text) jsonSecrets(request.postData.text, out);
    jsonSecrets(bodyOf(response.content), out);
  }
  out.delete("");
  return [...out];
};
