import { assertSid, type Sid } from "./guards.js";
import type { SidPrefix } from "./registry.generated.js";
import type {
  AlnumSidPrefix,
  ASidByPrefix,
  BadCharacterMessage,
  BodyCharacters,
  BodyShapes,
  ExpectedShape,
  LowercasePrefixMessage,
  NearPlaceholderLength,
  NotSidMessage,
  PlaceholderLengthMessage,
  PlaceholderMessage,
  SidLength,
  UnknownPrefixMessage,
  WhitespaceMessage,
  WrongLengthMessage,
} from "./type-messages.generated.js";

// The compiler may check thousands of `sid("...")` calls, so a valid literal costs a fixed handful of steps whatever
// its content, and only an invalid one is walked to say what is wrong. Two compiler facts make that possible:
// - Template placeholders that follow one another match one character each (when the pattern ends in an `infer`), so
//   a run of 32 placeholders cuts off exactly 32 characters in one step. A type alias of a bare run collapses to
//   `string`, so runs are spelled out where they are used.
// - A string is assignable to `${number}` when JavaScript's `Number()` parses it, so `0x${Body}0` checks a hex body in
//   one step, without a union of hex strings (template unions stop at 100,000 members).
// Every walk is tail-recursive and chunked, so a 10,000-character literal stays far below the recursion limits.

type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
type Upper =
  | "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M"
  | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U" | "V" | "W" | "X" | "Y" | "Z";
type Lower = Lowercase<Upper>;
type HexChar = Digit | "A" | "B" | "C" | "D" | "E" | "F" | "a" | "b" | "c" | "d" | "e" | "f";
type AlnumChar = Digit | Upper | Lower;
/** What `String.prototype.trim` removes: the runtime guard reports whitespace around an otherwise valid SID. */
type Whitespace =
  | " " | "\t" | "\n" | "\v" | "\f" | "\r" | "\u00A0" | "\u1680" | "\u2000" | "\u2001" | "\u2002" | "\u2003"
  | "\u2004" | "\u2005" | "\u2006" | "\u2007" | "\u2008" | "\u2009" | "\u200A" | "\u2028" | "\u2029" | "\u202F"
  | "\u205F" | "\u3000" | "\uFEFF";

/**
 * The prefix of `S` when `S` is a well-formed SID with a known prefix (the runtime guard's rule), else never.
 * Each template literal step costs every literal (an inference or a match against a template is the expensive part),
 * so the valid path has three: split off two characters, cut 32 more, and check the 32 as hex. The prefix is then
 * the two characters with whatever is left over (a prefix only when nothing is), tested against the union of
 * prefixes and intersected with it for its type; both are worked out once per key. Only a body that is not hex is
 * checked against the body kind.
 */
type ValidPrefix<S extends string> = S extends `${infer A}${infer B}${infer Body}`
  ? Body extends `${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${infer Rest}`
    ? // A number parses `0x` and hex digits without the scanner a `${bigint}` test creates; the trailing 0 keeps
      // whitespace at the end of the body, which a number would ignore, from passing.
      `0x${Body}0` extends `${number}`
      ? // A test, not just the intersection: `C${string}` (a placeholder in the prefix) intersects with CA, CF, ...
        `${A}${B}${Rest}` extends SidPrefix
        ? `${A}${B}${Rest}` & SidPrefix
        : never
      : `${A}${B}${Rest}` extends AlnumSidPrefix
        ? [FirstBad<Body, AlnumChar>, Placeholder<Body>] extends [null, never]
          ? `${A}${B}${Rest}` & AlnumSidPrefix
          : never
        : never
    : never
  : never;

/** `S` when it is all `X` or all `x` (the runtime guard calls such a body a placeholder), else never. */
type Placeholder<S extends string> = S extends `${infer X extends "X" | "x"}${infer Rest}` ? AllOf<Rest, X, S> : never;
type AllOf<S extends string, X extends string, Whole extends string> = S extends `${X}${infer Rest}`
  ? AllOf<Rest, X, Whole>
  : S extends ""
    ? Whole
    : never;

/** `[character, index]` of the first character of `S` outside `Allowed`, or null; the index counts the prefix. */
type FirstBad<S extends string, Allowed extends string, Index extends 0[] = [0, 0]> = S extends `${infer C}${infer Rest}`
  ? C extends Allowed
    ? FirstBad<Rest, Allowed, [...Index, 0]>
    : [C, Index["length"]]
  : null;

// Messages: the runtime guard's sentences (src/messages.ts), so a squiggle and a thrown TypeError read alike. Where
// the runtime says only "not a Twilio SID", because out of context it cannot tell what a string was meant to be,
// the argument of `sid()` is meant to be a SID, so the type still says which part is wrong.

/** `S` without its first 10 characters; never when it is shorter. */
type Drop10<S extends string> = S extends `${string}${string}${string}${string}${string}${string}${string}${string}${string}${string}${infer Rest}`
  ? Rest
  : never;
type Drop100<S extends string> = Drop10<Drop10<Drop10<Drop10<Drop10<Drop10<Drop10<Drop10<Drop10<Drop10<S>>>>>>>>>>;
type AtLeast3<S extends string> = [S] extends [never] ? false : S extends `${string}${string}${string}${infer _}` ? true : false;

/** The decimal length of `S`, counted in hundreds, tens and ones, so 1,000 steps reach 100,000 characters. */
type Length<S extends string, H extends 0[] = [], T extends 0[] = [], U extends 0[] = []> = [Drop100<S>] extends [never]
  ? [Drop10<S>] extends [never]
    ? S extends `${string}${infer Rest}`
      ? Length<Rest, H, T, [...U, 0]>
      : H extends []
        ? T extends []
          ? `${U["length"]}`
          : `${T["length"]}${U["length"]}`
        : `${H["length"]}${T["length"]}${U["length"]}`
    : Length<Drop10<S>, H, [...T, 0], U>
  : Length<Drop100<S>, [...H, 0], T, U>;

/** The last three characters of `S`, dropping 100, then 10, then 1 character at a time. */
type Last3<S extends string> = AtLeast3<Drop100<S>> extends true ? Last3<Drop100<S>> : Last3By10<S>;
type Last3By10<S extends string> = AtLeast3<Drop10<S>> extends true ? Last3By10<Drop10<S>> : Last3By1<S>;
type Last3By1<S extends string> = S extends `${string}${infer Rest}` ? (AtLeast3<Rest> extends true ? Last3By1<Rest> : S) : S;

/** The value as messages show it: `CA0123...cde` when longer than 12 characters (the runtime's `shorten`). */
type Shorten<S extends string> = AtLeast3<Drop10<S>> extends true
  ? S extends `${infer A}${infer B}${infer C}${infer D}${infer E}${infer F}${infer _}`
    ? `${A}${B}${C}${D}${E}${F}...${Last3<S>}`
    : never
  : S;

type BodyKind<P extends SidPrefix> = P extends AlnumSidPrefix ? "alnum" : "hex";
type ASid<P extends SidPrefix> = ASidByPrefix[P];
type Shape<P extends SidPrefix> = ExpectedShape<ASid<P>, P, BodyShapes[BodyKind<P>]>;

/** Why the string literal `S` is not a SID, as a sentence. */
type Problem<S extends string> = S extends `${Whitespace}${string}` | `${string}${Whitespace}`
  ? ValidPrefix<Trim<S>> | PlaceholderPrefix<Trim<S>> extends infer P extends SidPrefix
    ? [P] extends [never]
      ? TrimmedProblem<S>
      : WhitespaceMessage<Shorten<S>, Shape<P>>
    : never
  : TrimmedProblem<S>;

type Trim<S extends string> = S extends `${Whitespace}${infer Rest}`
  ? Trim<Rest>
  : S extends `${infer Rest}${Whitespace}`
    ? Trim<Rest>
    : S;

/** The prefix of a known prefix followed by 32 `X`s or 32 `x`s, else never. */
type PlaceholderPrefix<S extends string> = S extends `${infer A}${infer B}${infer Body}`
  ? `${A}${B}` extends infer P extends SidPrefix
    ? Length<S> extends SidLength
      ? [Placeholder<Body>] extends [never]
        ? never
        : P
      : never
    : never
  : never;

type TrimmedProblem<S extends string> = S extends `${infer A}${infer B}${infer Body}`
  ? `${A}${B}` extends infer P extends SidPrefix
    ? BodyProblem<S, P, Body, Length<S>>
    : [A, B] extends [Lower, Lower]
      ? Uppercase<`${A}${B}`> extends infer P extends SidPrefix
        ? LowercasePrefixMessage<Shorten<S>, `${A}${B}`, ASid<P>, P>
        : NotSid<S>
      : [A, B, Length<S>] extends [Upper, Upper, SidLength]
        ? `0x${Body}` extends `${bigint}`
          ? UnknownPrefixMessage<Shorten<S>, `${A}${B}`>
          : NotSid<S>
        : NotSid<S>
  : NotSid<S>;

type NotSid<S extends string> = NotSidMessage<Shorten<S>>;

type BodyProblem<S extends string, P extends SidPrefix, Body extends string, N extends string> = N extends SidLength
  ? [Placeholder<Body>] extends [never]
    ? FirstBad<Body, P extends AlnumSidPrefix ? AlnumChar : HexChar> extends [infer C extends string, infer I extends number]
      ? BadCharacterMessage<Shorten<S>, C, I, BodyCharacters[BodyKind<P>], Shape<P>>
      : NotSid<S>
    : PlaceholderMessage<Shorten<S>, Shape<P>>
  : [Placeholder<Body>] extends [never]
    ? WrongLengthMessage<Shorten<S>, N, Shape<P>>
    : N extends NearPlaceholderLength
      ? PlaceholderLengthMessage<Shorten<S>, N, ASid<P>, P>
      : WrongLengthMessage<Shorten<S>, N, Shape<P>>;

type NotLiteral =
  "sid() accepts only a string literal; check a string known only at run time with isSid() or assertSid().";

/**
 * `S` when it is a string literal that is a well-formed SID with a known prefix; otherwise a string literal type
 * that says what is wrong, so a "not assignable to parameter of type" error reads as the diagnosis. Distributes over
 * a union. Use it to give your own functions the checks of `sid()`.
 *
 * @example
 * function callUrl<S extends string>(callSid: SidLiteral<S>) {}
 * callUrl("CA0123"); // Argument of type '"CA0123"' is not assignable to parameter of type
 *                    // '"`CA0123` is 6 characters; a Call SID is CA followed by 32 hex digits (34 characters)."'.
 */
export type SidLiteral<S extends string> = S extends unknown
  ? // A test for never, not a match against the prefix's template: matching a template costs as much as a step above.
    ValidPrefix<S> extends never
    ? // NoInfer: inferring `S` from the messages would cost every call; `{}` fits a record keyed by `S` only when the
      // record is an index signature, that is when `S` is `string` or a template with placeholders.
      // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is the probe described above.
      NoInfer<{} extends Record<S, unknown> ? NotLiteral : Problem<S>>
    : S
  : never;

/** The type `sid()` returns: a SID of the literal's prefix, or of any prefix when there is none (`any`, an error). */
type SidOf<S extends string> = SidOfPrefix<ValidPrefix<S>>;
/** Keyed by the prefix alone, so it is worked out once per prefix, not once per literal. */
type SidOfPrefix<P extends SidPrefix> = [P] extends [never] ? Sid : Sid<P>;

/**
 * Checks at compile time that `value` is a string literal that is a well-formed SID with a known prefix, and types it
 * as a SID of that prefix: `sid("CA...")` is a `CallSid`. Checks again at run time and throws like `assertSid`.
 * For a string known only at run time (from the Twilio client, a request, the environment), use `isSid` or `assertSid`.
 *
 * @example
 * const call: CallSid = sid("CA0123456789abcdef0123456789abcdef");
 */
export function sid<S extends string>(value: SidLiteral<S>): SidOf<S>;
export function sid(value: string): Sid {
  assertSid(value);
  return value;
}
