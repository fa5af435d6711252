// Detects prototype pollution: any own key added to (or removed from) a built-in prototype, or a prototype frozen.
const WATCHED = {
  "Object.prototype": Object.prototype,
  "Array.prototype": Array.prototype,
  "Function.prototype": Function.prototype,
  "String.prototype": String.prototype,
  "Error.prototype": Error.prototype,
} as const;

type Fingerprint = Record<string, string>;

/** Own keys (strings and symbols) and extensibility of each watched prototype. */
export const prototypeFingerprint = (): Fingerprint =>
  Object.fromEntries(
    Object.entries(WATCHED).map(([name, proto]) => [
      name,
      `${Object.isExtensible(proto) ? "extensible" : "NOT extensible"}: ${Reflect.ownKeys(proto).map(String).sort().join(",")}`,
    ]),
  );

/** Keys a polluting payload would add; `{}` must not see any of them. */
export const POLLUTION_MARKERS = ["polluted", "isAdmin", "injected"] as const;

/** Payloads that pollute a naive merge or copy through `__proto__`, `constructor` or `prototype`. */
export const pollutingBodies = (): unknown[] => {
  const texts = [
    '{"__proto__":{"polluted":"yes","isAdmin":true},"message":"m","type":"invalid_request_error"}',
    '{"constructor":{"prototype":{"polluted":"yes"}},"error":{"message":"x","__proto__":{"injected":1}}}',
    '{"errors":[{"message":"m","extensions":{"__proto__":{"polluted":1},"code":"__proto__"}}],"data":{"__proto__":{"success":false,"error_message":"x"}}}',
    '{"prototype":{"polluted":1},"errors":{"__proto__":["bad"]},"message":"The given data was invalid."}',
    '{"error":{"type":"__proto__","message":"constructor"},"errors":{"constructor":["x"],"prototype":["y"],"__proto__":["z"]}}',
    '[{"__proto__":{"polluted":1}},{"data":{"__proto__":{"isAdmin":true}},"errors":[{"message":"toString"}]}]',
  ];
  const parsed = texts.map((t) => JSON.parse(t) as unknown);
  // Values that hold the real prototypes: a copy must not write through them, and freezing must not reach them.
  const holding = [
    { message: "m", data: Object.prototype, error: { message: "x", extensions: Array.prototype } },
    { errors: [{ message: "m", extensions: { code: Function.prototype } }], data: { op: Object.prototype } },
    Object.prototype,
    Array.prototype,
  ];
  return [...texts, ...parsed, ...holding];
};
