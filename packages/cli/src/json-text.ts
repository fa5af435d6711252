import { err, ok, type Result } from "neverthrow";
import { InputError } from "./input-error.js";

const lineAndColumn = (text: string, position: number): string => {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < position; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `line ${line}, column ${position - lineStart + 1}`;
};

/**
 * `JSON.parse` whose failure names only the position: V8's own message quotes the input, which may hold
 * a token, and the CLI never prints input text.
 */
export const parseJsonText = (text: string, what: string): Result<unknown, InputError> => {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return ok(JSON.parse(source));
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message.slice(0, 200) : "";
    const position = /position (\d+)/.exec(message)?.[1];
    const token = /^Unexpected token '(.)'/u.exec(message)?.[1];
    const where =
      position !== undefined
        ? ` (${lineAndColumn(source, Number(position))})`
        : token !== undefined
          ? ` (unexpected ${JSON.stringify(token)})`
          : /end of JSON/i.test(message)
            ? source.trim() === ""
              ? " (it is empty)"
              : " (it ends too early)"
            : "";
    return err(new InputError(`${what} is not valid JSON${where}`));
  }
};
