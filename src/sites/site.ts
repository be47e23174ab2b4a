import type { TSESTree } from "@typescript-eslint/types";
import { MIN_CANDIDATE_LENGTH } from "../classify.js";

/** One string in the source: a JS literal, a JSON, YAML, TOML or `.env` value, Markdown text, a comment. */
export interface StringSite {
  /** The string's value, escapes resolved. */
  readonly value: string;
  /** Free text (JSX text, Markdown, comments): only SIDs delimited inside it count, never the whole value. */
  readonly prose: boolean;
  /** The name the value is bound to (`callSid`, `"account_sid"`, `TWILIO_FLOW_SID`); computed only when asked. */
  name(): string | undefined;
  /** A value fed on purpose to something that must reject it (`expect(() => assertSid(v)).toThrow()`); when asked. */
  deliberate(): boolean;
  /**
   * Edges where the text runs on into a template expression (`` `CA${n}` ``): a token touching one is cut off there,
   * so it is not whole.
   */
  readonly continued: { readonly start: boolean; readonly end: boolean };
  /** Source range of `value.slice(start, end)`, or undefined when escapes keep it from lining up. */
  range(start: number, end: number): readonly [number, number] | undefined;
  /** Source range of the whole site, for reports `range` cannot place. */
  readonly whole: readonly [number, number];
}

/** Stands for an expression of a template in a joined site: no SID, path or name runs across it. */
export const EXPRESSION = "\u0000";

/** Called for every site of a file. */
export type Visit = (site: StringSite) => void;

/** What the caller wants visited. */
export interface Filter {
  /** Comments too (prose). */
  readonly comments: boolean;
  /** The shortest value worth a look; prose and named pairs have their own. */
  readonly minLength: number;
  /**
   * A template literal with expressions as one site, each expression standing as `EXPRESSION` (for paths that run
   * across them), instead of its static parts as separate text.
   */
  readonly joinTemplates?: boolean;
}

/** The part of a language's `SourceCode` the sites need; every language ESLint runs has it. */
export interface AnySourceCode {
  readonly text: string;
  readonly ast: { readonly type: string };
  getLocFromIndex(index: number): TSESTree.Position;
}

/** Where a site's value sits in the source and what else is known of it. */
export interface SiteSource {
  readonly value: string;
  /** The raw source text of the value, starting at `base`. */
  readonly raw: string;
  readonly base: number;
  readonly whole: readonly [number, number];
  readonly prose: boolean;
  readonly name?: () => string | undefined;
  readonly deliberate?: () => boolean;
  readonly continued?: StringSite["continued"];
}

const NOT_CONTINUED = { start: false, end: false } as const;
const noName = () => undefined;
const notDeliberate = () => false;

/** Counts the occurrences of `piece` in `text` before `end`. */
function occurrencesBefore(text: string, piece: string, end: number): number {
  let count = 0;
  for (let index = text.indexOf(piece); index !== -1 && index < end; index = text.indexOf(piece, index + 1)) count++;
  return count;
}

/**
 * A site whose raw source `raw` starts at `base`. Where raw and value are the same text, offsets map one to one;
 * elsewhere a piece is placed by finding its occurrence in the raw text (the nth in value is the nth in raw, as
 * escapes never sit inside a piece that appears verbatim), so escapes elsewhere in the string do not matter.
 */
export function site({ value, raw, base, whole, prose, name = noName, deliberate = notDeliberate, continued = NOT_CONTINUED }: SiteSource): StringSite {
  const aligned = raw === value;
  return {
    value,
    prose,
    name,
    deliberate,
    continued,
    whole,
    range(start, end) {
      if (aligned) return [base + start, base + end];
      const piece = value.slice(start, end);
      let index = -1;
      for (let nth = occurrencesBefore(value, piece, start); nth >= 0; nth--) {
        index = raw.indexOf(piece, index + 1);
        if (index === -1) return undefined;
      }
      return [base + index, base + index + piece.length];
    },
  };
}

/** A site of the source text over `[start, end)`, where value and raw are the same. */
export function verbatim(text: string, [start, end]: readonly [number, number], prose: boolean, name?: () => string | undefined): StringSite {
  const value = text.slice(start, end);
  return site({ value, raw: value, base: start, whole: [start, end], prose, ...(name && { name }) });
}

/** The inside of a quoted token: its text without the first and last character. */
export function inner(text: string, [start, end]: readonly [number, number]): [string, number] {
  return [text.slice(start + 1, end - 1), start + 1];
}

/** The part `[start, end)` of a site's value as a site of its own, bound to `name`; undefined where it cannot be placed. */
export function part(text: string, of: StringSite, start: number, end: number, name: string): StringSite | undefined {
  const range = of.range(start, end);
  if (!range) return undefined;
  return site({ value: of.value.slice(start, end), raw: text.slice(...range), base: range[0], whole: range, prose: false, name: () => name });
}

/** A comment as every language's `getAllComments()` gives it: its text after the marker, and its whole range. */
export interface SourceComment {
  readonly value: string;
  readonly range: readonly [number, number];
}

/** Visits each comment long enough to hold a SID as prose; `marker` is the length of `//`, `/*` or `#`. */
export function visitComments(comments: readonly SourceComment[], marker: number, visit: Visit): void {
  for (const comment of comments) {
    if (comment.value.length < MIN_CANDIDATE_LENGTH) continue;
    visit(site({ value: comment.value, raw: comment.value, base: comment.range[0] + marker, whole: comment.range, prose: true }));
  }
}
