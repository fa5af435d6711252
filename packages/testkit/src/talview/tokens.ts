import { createHmac, randomBytes } from "node:crypto";
import { compactDecodeMessage, HASURA_MESSAGES } from "./messages.js";

/** What the login and refresh endpoints hand out (`data` of the `auth_user_login` envelope). */
export interface TalviewTokenSet {
  readonly access_token: string;
  /** Seconds until the access token expires. */
  readonly expires_in: number;
  readonly refresh_token: string;
}

/** Why a bearer token was refused. */
export type TokenRejection =
  | { readonly reason: "missing"; readonly code: "invalid-headers"; readonly message: string }
  | { readonly reason: "malformed"; readonly code: "invalid-headers" | "invalid-jwt"; readonly message: string }
  | { readonly reason: "invalid"; readonly code: "invalid-jwt"; readonly message: string }
  | { readonly reason: "expired"; readonly code: "invalid-jwt"; readonly message: string };

const base64url = (value: string | Buffer): string => Buffer.from(value).toString("base64url");

/**
 * Issues HS256 JWTs (so clients that decode `exp` work) and remembers each one, so the server can expire
 * them early (`expireAll`) and refuse tokens it never issued.
 */
export class TokenStore {
  readonly #secret = randomBytes(32);
  readonly #lifetimeMs: number;
  readonly #now: () => number;
  readonly #access = new Map<string, { expiresAt: number; subject: string }>();
  readonly #refresh = new Map<string, string>();
  #serial = 0;

  constructor(lifetimeMs: number, now: () => number) {
    if (!Number.isFinite(lifetimeMs) || lifetimeMs <= 0) {
      throw new RangeError(`tokenLifetimeMs must be positive, got ${lifetimeMs}`);
    }
    this.#lifetimeMs = lifetimeMs;
    this.#now = now;
  }

  #sign(subject: string, expiresAt: number): string {
    this.#serial += 1;
    const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
    const payload = base64url(
      JSON.stringify({
        sub: subject,
        jti: `${this.#serial}`,
        iat: Math.floor(this.#now() / 1000),
        exp: Math.ceil(expiresAt / 1000),
        "https://hasura.io/jwt/claims": { "x-hasura-default-role": "user", "x-hasura-allowed-roles": ["user"] },
      }),
    );
    const signature = createHmac("sha256", this.#secret).update(`${header}.${payload}`).digest("base64url");
    return `${header}.${payload}.${signature}`;
  }

  /** Issues a fresh access token and refresh token for `subject`. */
  issue(subject: string): TalviewTokenSet {
    const expiresAt = this.#now() + this.#lifetimeMs;
    const accessToken = this.#sign(subject, expiresAt);
    const refreshToken = base64url(randomBytes(24));
    this.#access.set(accessToken, { expiresAt, subject });
    this.#refresh.set(refreshToken, subject);
    return {
      access_token: accessToken,
      expires_in: Math.ceil(this.#lifetimeMs / 1000),
      refresh_token: refreshToken,
    };
  }

  /** Exchanges a refresh token for a new token set; `undefined` when the refresh token is unknown. */
  refresh(refreshToken: string): TalviewTokenSet | undefined {
    const subject = this.#refresh.get(refreshToken);
    return subject === undefined ? undefined : this.issue(subject);
  }

  /** Checks an `Authorization` header value the way Hasura's JWT mode does. */
  verify(authorization: string | undefined): TokenRejection | undefined {
    if (authorization === undefined || authorization.trim() === "") {
      return { reason: "missing", code: "invalid-headers", message: HASURA_MESSAGES.missingAuthorization };
    }
    const match = /^bearer\s+(\S+)\s*$/i.exec(authorization);
    const token = match?.[1];
    if (token === undefined) {
      return { reason: "malformed", code: "invalid-headers", message: HASURA_MESSAGES.malformedAuthorization };
    }
    const parts = token.split(".").length;
    if (parts !== 3) return { reason: "malformed", code: "invalid-jwt", message: compactDecodeMessage(parts) };
    const known = this.#access.get(token);
    if (known === undefined) {
      return { reason: "invalid", code: "invalid-jwt", message: HASURA_MESSAGES.jwtInvalidSignature };
    }
    if (known.expiresAt <= this.#now()) {
      return { reason: "expired", code: "invalid-jwt", message: HASURA_MESSAGES.jwtExpired };
    }
    return undefined;
  }

  /** Makes every access token issued so far expired (refresh tokens stay valid). */
  expireAll(): void {
    const now = this.#now();
    for (const entry of this.#access.values()) entry.expiresAt = Math.min(entry.expiresAt, now);
  }

  /** Forgets every token (refresh tokens included). */
  clear(): void {
    this.#access.clear();
    this.#refresh.clear();
  }
}
