import { PREFIXES, type PrefixRecord, type SidPrefix } from "./registry.generated.js";

/** Every SID is its two-letter prefix followed by this many characters. */
export const SID_BODY_LENGTH = 32;
export const SID_LENGTH = 2 + SID_BODY_LENGTH;
/** A body this many characters off is a truncated or doubled copy-paste; further off, it is something else. */
export const MAX_LENGTH_DELTA = 4;
/** The shortest stub: a prefix and one character (`WK1`). */
export const MIN_STUB_LENGTH = 3;
/** The shortest string that can hold a near miss or a placeholder of the wrong length; shorter is a stub at most. */
export const MIN_CANDIDATE_LENGTH = SID_LENGTH - MAX_LENGTH_DELTA * 2;
/** A run of placeholder `X`s this long was meant to be a full body, whatever its exact count. */
export const MIN_PLACEHOLDER_RUN = 24;
/** More wrong characters than this and the string is another kind of token (base64, base32, a word). */
const MAX_BAD_CHARACTERS = 2;
/** Twilio's paging tokens are this and the last SID of the page before (`PageToken=PAMM...`): two over, not a slip. */
const PAGE_TOKEN_PREFIX = "PA";

/** What is wrong with a near miss. */
export type SidProblem =
  | { readonly type: "length"; readonly length: number }
  | { readonly type: "character"; readonly index: number; readonly character: string }
  | { readonly type: "lowercase-prefix" }
  | { readonly type: "whitespace" }
  | { readonly type: "unknown-prefix" }
  | { readonly type: "placeholder-length"; readonly length: number };

interface Known {
  readonly prefix: SidPrefix;
  readonly record: PrefixRecord;
}

/**
 * - `sid`: well-formed, known prefix (all-`a` and all-`0` example bodies included: they are valid hex).
 * - `placeholder`: known prefix and a full-length body of `X`s or `x`s.
 * - `near-miss`: an attempt at a SID that went wrong. `certain` is false where only a SID name around the value
 *   removes the doubt (a lowercase prefix, a body with uppercase hex that could be a hash).
 * - `stub`: a known prefix with a short fake body (`AC123`, `PNXXXX`), as tests write on purpose.
 * - `not-sid`: anything else.
 */
export type SidClass =
  | ({ readonly kind: "sid" } & Known)
  | ({ readonly kind: "placeholder" } & Known)
  | ({ readonly kind: "stub" } & Known)
  | {
      readonly kind: "near-miss";
      readonly prefix: string;
      readonly record: PrefixRecord | undefined;
      readonly problem: SidProblem;
      readonly certain: boolean;
    }
  | { readonly kind: "not-sid" };

const NOT_SID: SidClass = { kind: "not-sid" };

const enum Char {
  Zero = 48,
  Nine = 57,
  UpperA = 65,
  UpperF = 70,
  UpperZ = 90,
  LowerA = 97,
  LowerF = 102,
  LowerZ = 122,
}

function isUpper(code: number): boolean {
  return code >= Char.UpperA && code <= Char.UpperZ;
}

function isLower(code: number): boolean {
  return code >= Char.LowerA && code <= Char.LowerZ;
}

function isDigit(code: number): boolean {
  return code >= Char.Zero && code <= Char.Nine;
}

/** Could be whitespace `trim` removes: a cheap gate before calling it. */
function maybeSpace(code: number): boolean {
  return code <= 32 || code > 126;
}

function isAlnum(code: number): boolean {
  return isDigit(code) || isUpper(code) || isLower(code);
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= Char.UpperA && code <= Char.UpperF) || (code >= Char.LowerA && code <= Char.LowerF);
}

/** Characters a body of this kind allows. */
function fitsBody(code: number, body: PrefixRecord["body"]): boolean {
  return body === "alnum" ? isAlnum(code) : isHex(code);
}

/** The known prefix record for the first two characters, if they are one. */
function knownPrefix(text: string): Known | undefined {
  const prefix = text.slice(0, 2);
  const record = PREFIXES.get(prefix);
  return record && { prefix: prefix as SidPrefix, record };
}

/** Index of the first code unit of `text` from `start` that `test` rejects, or -1. */
function firstFailing(text: string, start: number, test: (code: number) => boolean): number {
  for (let index = start; index < text.length; index++) {
    if (!test(text.charCodeAt(index))) return index;
  }
  return -1;
}

/** How many code units from `start` `test` rejects, stopping once past `limit`. */
function countFailing(text: string, start: number, test: (code: number) => boolean, limit: number): number {
  let count = 0;
  for (let index = start; index < text.length && count <= limit; index++) {
    if (!test(text.charCodeAt(index))) count++;
  }
  return count;
}

/** True when the body is all `X` or all `x` placeholder characters. */
function isPlaceholderBody(text: string): boolean {
  return /^(?:X+|x+)$/.test(text.slice(2));
}

/** A short fake body: digits, hex letters or `x`s, as in `AC123`, `ACxxx`, `PNXXXX`. */
function isStubBody(text: string): boolean {
  return /^[0-9a-fA-FxX]*$/.test(text.slice(2));
}

/**
 * Twilio writes SID bodies in lowercase hex; a body with uppercase hex letters is as likely to be an uppercase
 * hash or some other token, so out of context it stays in doubt. (An uppercase `O` typed for a `0` is no doubt.)
 */
export function looksGenerated(text: string): boolean {
  return firstFailing(text, 2, (code) => code < Char.UpperA || code > Char.UpperF) === -1;
}

/** Classifies a string that starts with an uppercase known prefix. */
function classifyKnown(text: string, known: Known): SidClass {
  const { record } = known;
  const delta = text.length - SID_LENGTH;
  // Nothing this long is an attempt at one SID; checked first so huge strings cost nothing.
  if (delta > MAX_LENGTH_DELTA * 2) return NOT_SID;
  if (isPlaceholderBody(text)) {
    if (delta === 0) return { kind: "placeholder", ...known };
    if (text.length - 2 >= MIN_PLACEHOLDER_RUN && Math.abs(delta) <= MAX_LENGTH_DELTA * 2) {
      return { kind: "near-miss", ...known, problem: { type: "placeholder-length", length: text.length }, certain: true };
    }
    return { kind: "stub", ...known };
  }
  if (Math.abs(delta) > MAX_LENGTH_DELTA) {
    return text.length < SID_LENGTH && isStubBody(text) ? { kind: "stub", ...known } : NOT_SID;
  }
  const fits = (code: number) => fitsBody(code, record.body);
  // A whole SID, a separator and a suffix (`CA..._1`, `CA...-v2`) is a name built from a SID, not a slip.
  if (delta > 0 && !isAlnum(text.charCodeAt(SID_LENGTH)) && countFailing(text.slice(0, SID_LENGTH), 2, fits, 0) === 0) {
    return NOT_SID;
  }
  if (known.prefix === PAGE_TOKEN_PREFIX && delta === PAGE_TOKEN_PREFIX.length && classifySid(text.slice(2)).kind === "sid") {
    return NOT_SID;
  }
  const bad = countFailing(text, 2, fits, MAX_BAD_CHARACTERS);
  if (bad === 0 && delta === 0) return { kind: "sid", ...known };
  if (bad > MAX_BAD_CHARACTERS) return NOT_SID;
  // A copy-paste slip gets one thing wrong: a body of the wrong length with a stray character too is some other id.
  // Any run of letters and digits fits an alnum body (base64 blobs are full of them): its length alone proves nothing.
  const certain = record.body === "alnum" ? delta === 0 : looksGenerated(text) && (delta === 0 || bad === 0);
  if (delta !== 0) {
    return { kind: "near-miss", ...known, problem: { type: "length", length: text.length }, certain };
  }
  const index = firstFailing(text, 2, fits);
  const character = String.fromCodePoint(text.codePointAt(index)!);
  return { kind: "near-miss", ...known, problem: { type: "character", index, character }, certain };
}

/** Classifies a string that is not an uppercase known prefix followed by a body. */
function classifyOther(text: string): SidClass {
  if (text.length !== SID_LENGTH) return NOT_SID;
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  if (firstFailing(text, 2, isHex) !== -1) return NOT_SID;
  if (isLower(first) && isLower(second)) {
    const known = knownPrefix(text.slice(0, 2).toUpperCase());
    if (!known) return NOT_SID;
    return { kind: "near-miss", ...known, problem: { type: "lowercase-prefix" }, certain: false };
  }
  if (isUpper(first) && isUpper(second)) {
    const prefix = text.slice(0, 2);
    return {
      kind: "near-miss",
      prefix,
      record: undefined,
      problem: { type: "unknown-prefix" },
      certain: looksGenerated(text),
    };
  }
  return NOT_SID;
}

/**
 * Decides what a whole string is, as far as Twilio SIDs go. Pure and total: any string, any length, never throws.
 * The thresholds and their reasons are in docs/classifier.md.
 */
export function classifySid(text: string): SidClass {
  if (text.length < MIN_STUB_LENGTH) return NOT_SID;
  const trimmed =
    maybeSpace(text.charCodeAt(0)) || maybeSpace(text.charCodeAt(text.length - 1)) ? text.trim() : text;
  if (trimmed !== text) {
    const inner = classifySid(trimmed);
    if (inner.kind === "sid" || inner.kind === "placeholder") {
      // A line break around a SID is more often a deliberate line of text than a copy-paste slip.
      const certain = !/[\n\r]/.test(text);
      return { kind: "near-miss", prefix: inner.prefix, record: inner.record, problem: { type: "whitespace" }, certain };
    }
    return NOT_SID;
  }
  const known = knownPrefix(text);
  return known ? classifyKnown(text, known) : classifyOther(text);
}

/** A SID-like token inside a longer string. */
export interface EmbeddedSid {
  /** Offset of the token in the string. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sid: SidClass;
}

// A token is a whole run of letters and digits (matched greedily, so each run is seen once and a long run costs one
// pass); only lengths a near miss can have are worth classifying. `_` and `-` delimit: `rec_RE..._01.wav` holds a SID.
const TOKEN = new RegExp(`[A-Za-z0-9]{${MIN_CANDIDATE_LENGTH},}`, "g");
const MAX_TOKEN_LENGTH = SID_LENGTH + MAX_LENGTH_DELTA * 2;

/**
 * Finds SID-like tokens delimited inside a longer string (`/Accounts/AC.../Calls/CA....json`, `CallSid=CA...&`).
 * Tokens that classify as `not-sid` or `stub` are left out: out of their own binding they mean nothing.
 */
export function findEmbeddedSids(text: string): EmbeddedSid[] {
  const found: EmbeddedSid[] = [];
  if (text.length < MIN_CANDIDATE_LENGTH) return found;
  for (const match of text.matchAll(TOKEN)) {
    if (match[0].length > MAX_TOKEN_LENGTH) continue;
    const sid = classifySid(match[0]);
    if (sid.kind !== "not-sid" && sid.kind !== "stub") {
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0], sid });
    }
  }
  return found;
}
