/** Bad input or usage: the CLI prints its one-line message and exits with code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message.replace(/\s+/g, " ").trim());
    Object.defineProperty(this, "name", { value: "InputError", enumerable: false, configurable: true });
  }
}

/** `true` for an `InputError` (also across bundled copies). */
export const isInputError = (value: unknown): value is InputError =>
  value instanceof InputError || (value instanceof Error && value.name === "InputError");
