import { classifySid } from "./classify.js";
import { aSid, describePrefixes, describeSidProblem, shorten } from "./messages.js";
import type { SidPrefix } from "./registry.generated.js";

/** A Twilio SID with one of the prefixes `P`: the prefix and then any string (the type-level checker narrows more). */
export type Sid<P extends SidPrefix = SidPrefix> = `${P}${string}`;

/** True when `prefixes` (one or several, or none meaning any) admits `prefix`. */
function admits(prefixes: SidPrefix | readonly SidPrefix[] | undefined, prefix: SidPrefix): boolean {
  if (prefixes === undefined) return true;
  return typeof prefixes === "string" ? prefixes === prefix : prefixes.includes(prefix);
}

/** The reason `value` is not a SID of `prefixes`, or undefined when it is one. */
export function sidError(value: unknown, prefixes?: SidPrefix | readonly SidPrefix[]): string | undefined {
  if (typeof value !== "string") return `Expected a Twilio SID string, got ${value === null ? "null" : typeof value}.`;
  const sid = classifySid(value);
  if (sid.kind !== "sid") return describeSidProblem(value, sid);
  if (admits(prefixes, sid.prefix)) return undefined;
  const wanted = describePrefixes(typeof prefixes === "string" ? [prefixes] : prefixes!);
  return `\`${shorten(value)}\` is ${aSid(sid.record)}; expected ${wanted}.`;
}

/** Narrows `value` to a well-formed SID of a known prefix (of `prefix`, when given). Placeholders are not SIDs. */
export function isSid<P extends SidPrefix = SidPrefix>(value: unknown, prefix?: P | readonly P[]): value is Sid<P> {
  return sidError(value, prefix) === undefined;
}

/** Like `isSid`, but throws a `TypeError` that says what is wrong and what was expected. */
export function assertSid<P extends SidPrefix = SidPrefix>(
  value: unknown,
  prefix?: P | readonly P[],
): asserts value is Sid<P> {
  const error = sidError(value, prefix);
  if (error !== undefined) throw new TypeError(error);
}
