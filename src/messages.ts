import { SID_BODY_LENGTH, SID_LENGTH, type SidClass } from "./classify.js";
import type { PrefixRecord } from "./registry.generated.js";

/** Longer values are cut to their start and end: enough to find them, short enough to read. */
const SHORTEN_ABOVE = 12;

/** `CA0123...cde` for a long value, the value itself for a short one. */
export function shorten(text: string): string {
  return text.length > SHORTEN_ABOVE ? `${text.slice(0, 6)}...${text.slice(-3)}` : text;
}

/** "a Call SID", "an Account SID". */
export function aSid(record: PrefixRecord): string {
  return `${/^[AEIOU]/.test(record.name) ? "an" : "a"} ${record.name} SID`;
}

/** What the body of a SID with this record is made of. */
function bodyShape(record: PrefixRecord): string {
  return record.body === "alnum" ? `${SID_BODY_LENGTH} letters or digits` : `${SID_BODY_LENGTH} hex digits`;
}

/** "a Call SID is CA followed by 32 hex digits (34 characters)" */
export function expectedShape(prefix: string, record: PrefixRecord): string {
  return `${aSid(record)} is ${prefix} followed by ${bodyShape(record)} (${SID_LENGTH} characters)`;
}

const GENERIC_SHAPE = `a SID is two uppercase letters followed by ${SID_BODY_LENGTH} hex digits (${SID_LENGTH} characters)`;

/** A full sentence saying why `text` is not a well-formed SID, or undefined when it is one. */
export function describeSidProblem(text: string, sid: SidClass): string | undefined {
  const value = `\`${shorten(text)}\``;
  switch (sid.kind) {
    case "sid":
      return undefined;
    case "not-sid":
      return `${value} is not a Twilio SID; ${GENERIC_SHAPE}.`;
    case "placeholder":
      return `${value} is a placeholder, not a SID; ${expectedShape(sid.prefix, sid.record)}.`;
    case "stub":
      return `${value} is ${text.length} characters; ${expectedShape(sid.prefix, sid.record)}.`;
    case "near-miss":
  }
  const { problem, prefix, record } = sid;
  if (!record) return `${value} has the shape of a SID, but \`${prefix}\` is not a prefix Twilio uses.`;
  switch (problem.type) {
    case "length":
      return `${value} is ${problem.length} characters; ${expectedShape(prefix, record)}.`;
    case "character": {
      const what = record.body === "alnum" ? "a letter or digit" : "a hex digit";
      return `${value} has \`${problem.character}\` at index ${problem.index}, which is not ${what}; ${expectedShape(prefix, record)}.`;
    }
    case "lowercase-prefix":
      return `${value} starts with lowercase \`${text.slice(0, 2)}\`; ${aSid(record)} starts with uppercase ${prefix}.`;
    case "whitespace":
      return `${value} has surrounding whitespace; ${expectedShape(prefix, record)} and no spaces.`;
    case "placeholder-length":
      return `${value} is a placeholder of ${problem.length} characters; a placeholder for ${aSid(record)} is ${prefix} followed by ${SID_BODY_LENGTH} X's (${SID_LENGTH} characters).`;
    case "unknown-prefix":
      // Unreachable: an unknown prefix has no record, handled above.
      return undefined;
  }
}
