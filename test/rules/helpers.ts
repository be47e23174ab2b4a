/** Where the `occurrence`th `needle` starts and ends in `code`, as the rule tester counts lines and columns. */
export function at(code: string, needle: string, occurrence = 0): { line: number; column: number; endColumn: number } {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) index = code.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`${needle} not in ${code}`);
  const before = code.slice(0, index).split("\n");
  const column = before.at(-1)!.length + 1;
  return { line: before.length, column, endColumn: column + needle.length };
}

/** A well-formed SID of `prefix` with a made-up body. */
export const fake = (prefix: string) => `${prefix}0123456789abcdef0123456789abcdef`;

/**
 * The report of `messageId` at the `occurrence`th `needle` of `code`, with its data or suggestions; `offset` and
 * `width` pick a character of the needle.
 */
export function errorAt<Id extends string, Rest extends object = object>(
  code: string,
  needle: string,
  messageId: Id,
  { occurrence = 0, offset = 0, width = needle.length, ...rest }: { occurrence?: number; offset?: number; width?: number } & Rest = {} as Rest,
) {
  const { line, column } = at(code, needle, occurrence);
  return { messageId, line, column: column + offset, endLine: line, endColumn: column + offset + width, ...rest };
}
