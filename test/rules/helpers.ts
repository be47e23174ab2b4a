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
