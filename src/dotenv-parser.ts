import type { SourceLocation, SourceRange } from "@eslint/plugin-kit";

// The parser reads a file the way `dotenv.parse()` does (checked against dotenv 18): a global, multi-line regular
// expression run over the text with CR and CRLF turned into LF. Its quirks are kept on purpose, as they decide what
// a program really gets: a value may start on the line after `=`, `KEY:` takes the next line as its value, any `#`
// ends an unquoted value, a quote closes only where nothing but a comment follows it. A scanner rather than that
// expression: it states each rule, runs in linear time whatever the input, and gives positions in the source.
// See docs/dotenv.md for the grammar.

/** A quote character that encloses a value. */
export type DotenvQuote = "'" | '"' | "`";

interface NodeBase {
  /** Offsets in the text ESLint lints (after its byte order mark). */
  readonly range: SourceRange;
  readonly loc: SourceLocation;
}

/** The root: variables and skipped lines in source order; comments aside, as ESLint wants them. */
export interface DotenvDocument extends NodeBase {
  readonly type: "Dotenv";
  readonly body: readonly (DotenvVariable | DotenvUnparsed)[];
  readonly comments: readonly DotenvComment[];
}

/** `KEY=value`, `export KEY=value`, `KEY: value`. Its range runs from `export` or the key to the end of the value. */
export interface DotenvVariable extends NodeBase {
  readonly type: "Variable";
  /** Written with the `export ` prefix. */
  readonly exported: boolean;
  readonly key: DotenvKey;
  readonly value: DotenvValue;
}

/** The variable name. */
export interface DotenvKey extends NodeBase {
  readonly type: "Key";
  readonly name: string;
}

/**
 * A value: from its first to its last character, quotes included; empty values sit right after `=` or `:`.
 * Map offsets of `value` to the source with `DotenvSourceCode#getValueRange` (or `valueSourceRange`).
 */
export interface DotenvValue extends NodeBase {
  readonly type: "Value";
  /** What `dotenv.parse()` returns for the variable: quotes stripped, `\n` and `\r` escapes of double quotes read. */
  readonly value: string;
  /** The source text of the value. */
  readonly raw: string;
  /** The quote that encloses the value in the source, or null. */
  readonly quote: DotenvQuote | null;
}

/** A line dotenv skips: neither blank, a comment nor a variable (`export KEY`, `KEY value`, `=value`). */
export interface DotenvUnparsed extends NodeBase {
  readonly type: "Unparsed";
  /** The line's text, without leading and trailing whitespace. */
  readonly text: string;
}

/** `# ...` on a line of its own or after a value. */
export interface DotenvComment extends NodeBase {
  readonly type: "Comment";
  /** The text after `#`, up to the end of the line. */
  readonly value: string;
}

/** Any node of the tree (comments are not in it: see `DotenvDocument#comments`). */
export type DotenvNode = DotenvDocument | DotenvVariable | DotenvKey | DotenvValue | DotenvUnparsed;

/** The children ESLint visits, by node type. */
export const DOTENV_VISITOR_KEYS: Record<DotenvNode["type"], string[]> = {
  Dotenv: ["body"],
  Variable: ["key", "value"],
  Key: [],
  Value: [],
  Unparsed: [],
};

const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const EQUALS = 0x3d;
const COLON = 0x3a;
const BACKSLASH = 0x5c;

/** `\s` of a regular expression, which is also what `String#trim` removes. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Where `^` and `$` of a multi-line regular expression match, once CR is gone: LF, U+2028, U+2029. */
function isLineTerminator(code: number): boolean {
  return code === LF || code === 0x2028 || code === 0x2029;
}

/** `[\w.-]`: the characters of a key. */
function isKeyCharacter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f ||
    code === 0x2e ||
    code === 0x2d
  );
}

function isQuote(code: number): boolean {
  return code === 0x27 || code === 0x22 || code === 0x60;
}

const LINE_TERMINATOR = /[\n\u2028\u2029]/g;
const HASH_OR_LF = /[#\n]/g;
const EDITOR_LINE_BREAK = /\r\n?|\n/g;

/** The offset of the first match of a global `pattern` in `text` from `index` on, or the end of the text. */
function find(pattern: RegExp, text: string, index: number): number {
  pattern.lastIndex = index;
  return pattern.exec(text)?.index ?? text.length;
}

/** Offsets where each line starts, lines ending at CRLF, CR or LF as in editors. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  EDITOR_LINE_BREAK.lastIndex = 0;
  for (let match = EDITOR_LINE_BREAK.exec(text); match !== null; match = EDITOR_LINE_BREAK.exec(text)) {
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** The greatest index whose entry, read by `at`, is at most `value` in a list sorted by it (-1 when none is). */
function lastAtMost<T>(sorted: readonly T[], value: number, at: (entry: T) => number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (at(sorted[middle]!) <= value) low = middle + 1;
    else high = middle - 1;
  }
  return high;
}

const itself = (entry: number) => entry;

/**
 * The text as dotenv sees it (CR and CRLF turned into LF) and the way back to offsets in the source. dotenv's
 * rules are followed on the normalized text; nodes get source offsets.
 */
class Normalized {
  readonly text: string;
  /** Normalized offsets of the LFs that stand for a CRLF, each one character shorter than in the source. */
  readonly #crlf: number[] = [];

  constructor(source: string) {
    if (!source.includes("\r")) {
      this.text = source;
      return;
    }
    for (let index = source.indexOf("\r\n"); index !== -1; index = source.indexOf("\r\n", index + 2)) {
      this.#crlf.push(index - this.#crlf.length);
    }
    this.text = source.replace(/\r\n?/g, "\n");
  }

  /** The source offset of a normalized offset. */
  source(offset: number): number {
    return this.#crlf.length === 0 ? offset : offset + lastAtMost(this.#crlf, offset - 1, itself) + 1;
  }
}

/** Builds nodes with source ranges and locations. */
class NodeFactory {
  readonly #lineStarts: number[];

  constructor(
    readonly source: string,
    readonly normalized: Normalized,
  ) {
    this.#lineStarts = lineStartsOf(source);
  }

  /** The 1-based line and column of a source offset. */
  position(offset: number) {
    const line = lastAtMost(this.#lineStarts, offset, itself);
    return { line: line + 1, column: offset - this.#lineStarts[line]! + 1 };
  }

  /** Range and location of a normalized span. */
  span(start: number, end: number): NodeBase {
    const range: SourceRange = [this.normalized.source(start), this.normalized.source(end)];
    return { range, loc: { start: this.position(range[0]), end: this.position(range[1]) } };
  }

  /** The source text of a normalized span. */
  slice(start: number, end: number): string {
    return this.source.slice(this.normalized.source(start), this.normalized.source(end));
  }
}

/** Where a variable's value lies in the normalized text. */
interface ValueSpan {
  /** First and past-the-last character of the value, surrounding whitespace excluded. */
  readonly start: number;
  readonly end: number;
  /** Where dotenv's match of the value ends, before whatever trails it on its line. */
  readonly after: number;
}

/** A scan of the normalized text of one file. */
class Scanner {
  constructor(readonly text: string) {}

  code(index: number): number {
    return this.text.charCodeAt(index);
  }

  /** The first offset from `index` on that is not whitespace (line breaks included), or the end. */
  skipWhitespace(index: number): number {
    while (index < this.text.length && isWhitespace(this.code(index))) index++;
    return index;
  }

  /** The first offset from `index` on that is not whitespace within the line. */
  skipBlanks(index: number): number {
    while (index < this.text.length && isWhitespace(this.code(index)) && !isLineTerminator(this.code(index))) index++;
    return index;
  }

  /** The offset of the line terminator that ends the line `index` is in, or the end. */
  lineEnd(index: number): number {
    return find(LINE_TERMINATOR, this.text, index);
  }

  /** The first line start at or after `index`. */
  lineStartFrom(index: number): number {
    if (index === 0 || isLineTerminator(this.code(index - 1))) return index;
    const end = this.lineEnd(index);
    return end < this.text.length ? end + 1 : end;
  }

  /** `\s*(?:#.*)?$` matches at `index`: nothing but blanks, then a comment or the end of the line. */
  endsLine(index: number): boolean {
    const next = this.skipBlanks(index);
    return next >= this.text.length || isLineTerminator(this.code(next)) || this.code(next) === HASH;
  }

  /** The end of the key that starts at `index` (index itself when none does). */
  keyEnd(index: number): number {
    while (index < this.text.length && isKeyCharacter(this.code(index))) index++;
    return index;
  }

  /**
   * Where the value of a key ending at `keyEnd` starts, by `\s*=` or `:\s`: the offset after the `=` or `:`, and
   * where dotenv's value group starts (`:` takes one whitespace character with it). Undefined without either.
   */
  separator(keyEnd: number): { end: number; valueFrom: number } | undefined {
    const equals = this.skipWhitespace(keyEnd);
    if (this.code(equals) === EQUALS) return { end: equals + 1, valueFrom: equals + 1 };
    if (this.code(keyEnd) === COLON && isWhitespace(this.code(keyEnd + 1))) return { end: keyEnd + 1, valueFrom: keyEnd + 2 };
    return undefined;
  }

  /**
   * The closing quote of the value opened at `open`: the first quote after no backslash, or failing that one after a
   * backslash, last first (the order the regular expression backtracks in), whichever only blanks and a comment
   * follow. -1 when none closes it. (A backslash before a quote always pairs with it: `\\'` is `\` and `\'`.)
   */
  closingQuote(open: number): number {
    const quote = this.text[open]!;
    const escaped: number[] = [];
    for (let index = this.text.indexOf(quote, open + 1); index !== -1; index = this.text.indexOf(quote, index + 1)) {
      if (this.code(index - 1) !== BACKSLASH) {
        if (this.endsLine(index + 1)) return index;
        break;
      }
      escaped.push(index);
    }
    for (let candidate = escaped.length - 1; candidate >= 0; candidate--) {
      if (this.endsLine(escaped[candidate]! + 1)) return escaped[candidate]!;
    }
    return -1;
  }

  /** The value whose group starts at `from`: quoted if a quote closes, else the rest of the line up to `#`. */
  value(from: number): ValueSpan {
    const open = this.skipWhitespace(from);
    if (isQuote(this.code(open))) {
      const close = this.closingQuote(open);
      if (close !== -1) return { start: open, end: close + 1, after: close + 1 };
    }
    const after = find(HASH_OR_LF, this.text, from);
    let start = from;
    while (start < after && isWhitespace(this.code(start))) start++;
    let end = after;
    while (end > start && isWhitespace(this.code(end - 1))) end--;
    return { start, end, after };
  }
}

/** A variable found at `start`, in normalized offsets. */
interface VariableMatch {
  readonly exported: boolean;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly separatorEnd: number;
  readonly value: ValueSpan;
}

/** The variable whose line's first non-blank character is at `start`, if dotenv reads one there. */
function matchVariable(scanner: Scanner, start: number): VariableMatch | undefined {
  const keyStarts: [number, boolean][] = [];
  if (scanner.text.startsWith("export", start) && isWhitespace(scanner.code(start + 6))) {
    keyStarts.push([scanner.skipWhitespace(start + 6), true]);
  }
  keyStarts.push([start, false]);
  for (const [keyStart, exported] of keyStarts) {
    const keyEnd = scanner.keyEnd(keyStart);
    if (keyEnd === keyStart) continue;
    const separator = scanner.separator(keyEnd);
    if (separator === undefined) continue;
    const value = scanner.value(separator.valueFrom);
    return { exported, keyStart, keyEnd, separatorEnd: separator.end, value };
  }
  return undefined;
}

/** Parses a `.env` file as the `dotenv` package does. Never throws: what dotenv skips becomes `Unparsed`. */
export function parseDotenv(source: string): DotenvDocument {
  const normalized = new Normalized(source);
  const nodes = new NodeFactory(source, normalized);
  const scanner = new Scanner(normalized.text);
  const { text } = normalized;
  const body: (DotenvVariable | DotenvUnparsed)[] = [];
  const comments: DotenvComment[] = [];

  /** Adds the comment that starts at `hash`, if one does, and returns where the line ends. */
  const commentAt = (hash: number): number => {
    if (scanner.code(hash) !== HASH) return hash;
    const end = scanner.lineEnd(hash);
    comments.push({ type: "Comment", value: nodes.slice(hash + 1, end), ...nodes.span(hash, end) });
    return end;
  };

  const variable = (start: number, match: VariableMatch): DotenvVariable => {
    const { keyStart, keyEnd, separatorEnd, value } = match;
    const empty = value.start === value.end;
    const raw = nodes.slice(value.start, value.end);
    const { value: cooked, quote } = cookValue(raw);
    return {
      type: "Variable",
      exported: match.exported,
      key: { type: "Key", name: text.slice(keyStart, keyEnd), ...nodes.span(keyStart, keyEnd) },
      value: {
        type: "Value",
        value: cooked,
        raw,
        quote,
        ...(empty ? nodes.span(separatorEnd, separatorEnd) : nodes.span(value.start, value.end)),
      },
      ...nodes.span(match.exported ? start : keyStart, empty ? separatorEnd : value.end),
    };
  };

  let lineStart = 0;
  while (lineStart < text.length) {
    const start = scanner.skipWhitespace(lineStart);
    if (start >= text.length) break;
    const match = scanner.code(start) === HASH ? undefined : matchVariable(scanner, start);
    let end: number;
    if (match !== undefined) {
      body.push(variable(start, match));
      end = commentAt(scanner.skipBlanks(match.value.after));
    } else if (scanner.code(start) === HASH) {
      end = commentAt(start);
    } else {
      end = scanner.lineEnd(start);
      let textEnd = end;
      while (isWhitespace(scanner.code(textEnd - 1))) textEnd--;
      body.push({ type: "Unparsed", text: nodes.slice(start, textEnd), ...nodes.span(start, textEnd) });
    }
    lineStart = scanner.lineStartFrom(end);
  }
  return { type: "Dotenv", body, comments, ...nodes.span(0, text.length) };
}

/** Where the lines of `raw` start and end for `^` and `$` of a multi-line regular expression, CR counting as LF. */
function isRawLineTerminator(code: number): boolean {
  return code === CR || isLineTerminator(code);
}

/**
 * The quote pairs dotenv strips from `raw` (`/^(['"`])([\s\S]*)\1$/gm`), in order: at a line start, a quote and
 * the last same quote that ends a line. One pair for a quoted value; more only where U+2028 or U+2029 split an
 * unquoted one, and never more than one per quote character.
 */
function strippedQuotes(raw: string): [number, number][] {
  // Whatever the lines inside, a text that starts and ends with the same quote is stripped of those two alone.
  const last = raw.length - 1;
  if (last > 0 && isQuote(raw.charCodeAt(0)) && raw.charCodeAt(last) === raw.charCodeAt(0)) return [[0, last]];
  if (!/[\r\n\u2028\u2029]/.test(raw)) return [];
  const lastClosing = new Map<number, number>();
  for (let index = last; index >= 0 && lastClosing.size < 3; index--) {
    const code = raw.charCodeAt(index);
    const endsLine = index === last || isRawLineTerminator(raw.charCodeAt(index + 1));
    if (endsLine && isQuote(code) && !lastClosing.has(code)) lastClosing.set(code, index);
  }
  const pairs: [number, number][] = [];
  for (let index = 0; index < raw.length; index++) {
    if (index > 0 && !isRawLineTerminator(raw.charCodeAt(index - 1))) continue;
    const closing = lastClosing.get(raw.charCodeAt(index));
    if (closing !== undefined && closing > index) {
      pairs.push([index, closing]);
      index = closing;
    }
  }
  return pairs;
}

/** The quote enclosing all of `raw` among the pairs dotenv strips from it, or null. */
function enclosingQuote(raw: string, pairs: readonly [number, number][]): DotenvQuote | null {
  return pairs[0]?.[0] === 0 && pairs[0][1] === raw.length - 1 ? (raw[0] as DotenvQuote) : null;
}

/**
 * What dotenv makes of a value's source text (trimmed, as `DotenvValue#raw`): quotes stripped, CR and CRLF read as
 * LF, and when the text starts with `"`, every `\n` and `\r` read as LF and CR.
 */
export function cookValue(raw: string): { value: string; quote: DotenvQuote | null } {
  const pairs = strippedQuotes(raw);
  let value = "";
  let from = 0;
  for (const [open, close] of pairs) {
    value += raw.slice(from, open) + raw.slice(open + 1, close);
    from = close + 1;
  }
  value += raw.slice(from);
  // Neither step makes text for the other: a quote is no CR, LF is no letter.
  if (value.includes("\r")) value = value.replace(/\r\n?/g, "\n");
  // split and join: several times faster than replaceAll on values full of escapes.
  if (raw.startsWith('"') && value.includes("\\")) value = value.split("\\n").join("\n").split("\\r").join("\r");
  return { value, quote: enclosingQuote(raw, pairs) };
}

/**
 * The pieces a cooked value is made of, flat, three numbers each: the piece's offset in the value, then the start
 * and end of its source relative to the raw text. A piece is a run copied as is, or one character read from more
 * (CRLF, `\n`).
 */
type Pieces = number[];

/** The pieces of `cookValue(raw).value`, in order. */
function valuePieces(raw: string): Pieces {
  const stripped = strippedQuotes(raw).flat();
  let nextStripped = 0;
  const escapes = raw.startsWith('"');
  const pieces: Pieces = [];
  let length = 0;
  let runStart = 0;
  /** Ends the run copied as is before `end`. */
  const flush = (end: number) => {
    if (end > runStart) pieces.push(length, runStart, end);
    length += end - runStart;
  };
  /** One value character read from `raw.slice(start, end)`. */
  const read = (start: number, end: number) => {
    flush(start);
    pieces.push(length++, start, end);
    runStart = end;
  };
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (index === stripped[nextStripped]) {
      flush(index);
      runStart = index + 1;
      nextStripped++;
    } else if (code === CR) {
      read(index, raw.charCodeAt(index + 1) === LF ? index + 2 : index + 1);
      index = runStart - 1;
    } else if (escapes && code === BACKSLASH && (raw[index + 1] === "n" || raw[index + 1] === "r")) {
      read(index, index + 2);
      index++;
    }
  }
  flush(raw.length);
  return pieces;
}

/** The piece index (a multiple of 3) of the piece holding value offset `offset`. */
function pieceAt(pieces: Pieces, offset: number): number {
  let low = 0;
  let high = pieces.length / 3 - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (pieces[middle * 3]! <= offset) low = middle + 1;
    else high = middle - 1;
  }
  return high * 3;
}

const piecesOf = new WeakMap<DotenvValue, Pieces>();

/**
 * The source range of `value.value.slice(start, end)`: offsets of what dotenv returns mapped back through quotes,
 * `\n` escapes and CRLF line breaks. Throws a `RangeError` for offsets outside the value.
 */
export function valueSourceRange(value: DotenvValue, start: number, end: number): SourceRange {
  const { length } = value.value;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length)) {
    throw new RangeError(`Expected 0 <= start <= end <= ${length}, got ${start} and ${end}.`);
  }
  let pieces = piecesOf.get(value);
  if (pieces === undefined) {
    pieces = valuePieces(value.raw);
    piecesOf.set(value, pieces);
  }
  const base = value.range[0];
  /** Where the character at `offset` starts. */
  const startOf = (offset: number) => {
    const piece = pieceAt(pieces, offset);
    return base + pieces[piece + 1]! + offset - pieces[piece]!;
  };
  /** Where the character before `offset` ends. */
  const endOf = (offset: number) => {
    const piece = pieceAt(pieces, offset - 1);
    const pieceEnd = pieces[piece + 3] ?? length;
    return base + (offset === pieceEnd ? pieces[piece + 2]! : pieces[piece + 1]! + offset - pieces[piece]!);
  };
  if (start < end) return [startOf(start), endOf(end)];
  const point = start < length ? startOf(start) : length > 0 ? endOf(length) : base + (value.quote === null ? 0 : 1);
  return [point, point];
}
