import { SID_BODY_LENGTH, SID_LENGTH, type SidClass } from "./classify.js";
import { PREFIXES, type PrefixRecord } from "./registry.generated.js";

/** Longer values are cut to their start and end: enough to find them, short enough to read. */
const SHORTEN_ABOVE = 12;

/** `CA0123...cde` for a long value, the value itself for a short one. */
export function shorten(text: string): string {
  return text.length > SHORTEN_ABOVE ? `${text.slice(0, 6)}...${text.slice(-3)}` : text;
}

/** "a Call SID", "an Account SID". */
export function aSid(record: PrefixRecord): string {
  // Vowel sounds: "an eSIM", but "a User", "a US A2P Campaign".
  return `${/^[AEIOae]/.test(record.name) ? "an" : "a"} ${record.name} SID`;
}

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/**
 * "a Call SID (CA)", "a Message SID (MM or SM) or a Chat Message / Conversation Message SID (IM)": prefixes grouped
 * by resource; `ellipsis` writes `CA...`; the resource whose plain name is `lead` (a name's stem) comes first.
 */
export function describePrefixes(
  prefixes: readonly string[],
  { ellipsis = false, lead }: { ellipsis?: boolean; lead?: string | undefined } = {},
): string {
  const groups = new Map<string, { listed: string[]; first: boolean }>();
  for (const prefix of prefixes) {
    const record = PREFIXES.get(prefix);
    const name = record ? aSid(record) : "a SID";
    const group = groups.get(name) ?? { listed: [], first: record?.name.split(" (")[0]!.toLowerCase() === lead };
    group.listed.push(ellipsis ? `${prefix}...` : prefix);
    groups.set(name, group);
  }
  const ordered = [...groups].sort(([, a], [, b]) => Number(b.first) - Number(a.first));
  return orList(ordered.map(([name, { listed }]) => `${name} (${orList(listed)})`));
}

/** What the body of a SID is made of, per body kind. */
export const BODY_SHAPES = {
  hex: `${SID_BODY_LENGTH} hex digits`,
  alnum: `${SID_BODY_LENGTH} letters or digits`,
} as const satisfies Record<PrefixRecord["body"], string>;

/** What each character of the body must be, per body kind. */
export const BODY_CHARACTERS = {
  hex: "a hex digit",
  alnum: "a letter or digit",
} as const satisfies Record<PrefixRecord["body"], string>;

/** The shape every message expects of a SID of a known prefix; the type-level checker's messages are built from it. */
export const EXPECTED_SHAPE = `{{aSid}} is {{prefix}} followed by {{body}} (${SID_LENGTH} characters)`;

/** "a Call SID is CA followed by 32 hex digits (34 characters)" */
export function expectedShape(prefix: string, record: PrefixRecord): string {
  return fill(EXPECTED_SHAPE, { aSid: aSid(record), prefix, body: BODY_SHAPES[record.body] });
}

/**
 * Message templates (ESLint `{{placeholder}}` syntax) for everything that is not a well-formed SID, one per
 * problem. The rule uses them as its messages; `describeSidProblem` fills them for runtime guards.
 */
export const SID_PROBLEM_MESSAGES = {
  wrongLength: "`{{value}}` is {{length}} characters; {{expected}}.",
  badCharacter: "`{{value}}` has `{{character}}` at index {{index}}, which is not {{allowed}}; {{expected}}.",
  lowercasePrefix: "`{{value}}` starts with lowercase `{{written}}`; {{aSid}} starts with uppercase {{prefix}}.",
  whitespace: "`{{value}}` has surrounding whitespace; {{expected}} and no spaces.",
  placeholderLength:
    "`{{value}}` is a placeholder of {{length}} characters; a placeholder for {{aSid}} is {{prefix}} followed by " +
    `${SID_BODY_LENGTH} X's (${SID_LENGTH} characters).`,
  // Worded like the type-level checker's message (src/types.ts), which users see for the same value.
  unknownPrefix: "`{{value}}` has the shape of a SID, but `{{prefix}}` is not a prefix Twilio uses.",
  placeholder: "`{{value}}` is a placeholder, not a SID; {{expected}}.",
  stub: "`{{value}}` is {{length}} characters; {{expected}}.",
} as const;

/** The message for a string that is not a SID of any kind, when nothing says what it was meant to be. */
export const NOT_SID_MESSAGE = `\`{{value}}\` is not a Twilio SID; a SID is two uppercase letters followed by ${SID_BODY_LENGTH} hex digits (${SID_LENGTH} characters).`;

export type SidProblemMessageId = keyof typeof SID_PROBLEM_MESSAGES;

/** A message id of `SID_PROBLEM_MESSAGES` and the data that fills it. */
export interface SidProblemMessage {
  readonly messageId: SidProblemMessageId;
  readonly data: Readonly<Record<string, string | number>>;
}

/** The message for a string that is classified as anything but a well-formed SID (`not-sid` has none). */
export function sidProblemMessage(text: string, sid: SidClass): SidProblemMessage | undefined {
  if (sid.kind === "sid" || sid.kind === "not-sid") return undefined;
  const value = shorten(text);
  const { prefix, record } = sid;
  if (!record) return { messageId: "unknownPrefix", data: { value, prefix } };
  const expected = expectedShape(prefix, record);
  if (sid.kind === "placeholder") return { messageId: "placeholder", data: { value, expected } };
  if (sid.kind === "stub") return { messageId: "stub", data: { value, length: text.length, expected } };
  const { problem } = sid;
  switch (problem.type) {
    case "length":
      return { messageId: "wrongLength", data: { value, length: problem.length, expected } };
    case "character": {
      const allowed = BODY_CHARACTERS[record.body];
      const data = { value, character: problem.character, index: problem.index, allowed, expected };
      return { messageId: "badCharacter", data };
    }
    case "lowercase-prefix":
      return { messageId: "lowercasePrefix", data: { value, written: text.slice(0, 2), aSid: aSid(record), prefix } };
    case "whitespace":
      return { messageId: "whitespace", data: { value, expected } };
    case "placeholder-length":
      return { messageId: "placeholderLength", data: { value, length: problem.length, aSid: aSid(record), prefix } };
  }
  // `unknown-prefix` has no record and was answered above.
  return undefined;
}

/** Replaces each `{{name}}` placeholder of a message template, written the way ESLint writes them. */
export function fillTemplate(template: string, replace: (name: string, whole: string) => string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => replace(name, whole));
}

/** Fills placeholders the way ESLint does: a name without data stays as written. */
function fill(template: string, data: SidProblemMessage["data"]): string {
  return fillTemplate(template, (name, whole) => String(data[name] ?? whole));
}

/** A full sentence saying why `text` is not a well-formed SID, or undefined when it is one. */
export function describeSidProblem(text: string, sid: SidClass): string | undefined {
  if (sid.kind === "sid") return undefined;
  if (sid.kind === "not-sid") return fill(NOT_SID_MESSAGE, { value: shorten(text) });
  const message = sidProblemMessage(text, sid)!;
  return fill(SID_PROBLEM_MESSAGES[message.messageId], message.data);
}
