import {
  BARE_STEMS,
  POLYMORPHIC_STEMS,
  QUALIFIER_PREFIXES,
  STEM_PREFIXES,
  type SidPrefix,
} from "./registry.generated.js";

/** What a binding name says about the SIDs it holds. */
export interface SidName {
  /** The known stem (`messaging service`), or undefined for a SID name of the codebase's own domain. */
  readonly stem: string | undefined;
  /** Prefixes the name admits; undefined when it admits any (bare `sid`, `resourceSid`) or its stem is unknown. */
  readonly prefixes: readonly SidPrefix[] | undefined;
  /** `callSids`: the name holds a list of SIDs. */
  readonly plural: boolean;
}

// Words of any case style: `APIKeySid` -> API, Key, Sid; `CALL_SID` -> CALL, SID; `call-sid` -> call, sid.
const WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;

/** Lowercase words of a name in any case style. */
export function nameWords(name: string): string[] {
  return Array.from(name.matchAll(WORD), ([word]) => word.toLowerCase());
}

/** The longest known stem that ends the words, with its start index. */
function longestStem(words: readonly string[]): { stem: string; start: number } | undefined {
  for (let start = 0; start < words.length; start++) {
    const stem = words.slice(start).join(" ");
    if (STEM_PREFIXES.has(stem) || POLYMORPHIC_STEMS.has(stem)) return { stem, start };
  }
  return undefined;
}

/** Narrows a stem's prefixes by the product word before it (`verify` in `verifyServiceSid`), where that fits. */
function qualify(prefixes: readonly SidPrefix[], qualifier: string | undefined): readonly SidPrefix[] {
  const product = qualifier === undefined ? undefined : QUALIFIER_PREFIXES.get(qualifier);
  if (!product) return prefixes;
  const narrowed = prefixes.filter((prefix) => product.includes(prefix));
  return narrowed.length > 0 ? narrowed : prefixes;
}

/**
 * Reads a binding name (`callSid`, `parent_call_sid`, `MessagingServiceSid`, `CALL_SIDS`, `apiKey`) as a SID name,
 * or returns undefined when the name does not say it holds a SID.
 */
export function sidName(name: string): SidName | undefined {
  const words = nameWords(name);
  const last = words.at(-1);
  let stemWords: string[];
  if (last === "sid" || last === "sids") {
    stemWords = words.slice(0, -1);
  } else {
    const bare = [...BARE_STEMS].find((stem) => words.slice(-stem.split(" ").length).join(" ") === stem);
    if (bare === undefined) return undefined;
    stemWords = words;
  }
  const plural = last === "sids";
  const found = longestStem(stemWords);
  if (stemWords.length === 0 || (found && POLYMORPHIC_STEMS.has(found.stem))) {
    return { stem: found?.stem ?? "", prefixes: undefined, plural };
  }
  if (!found) return { stem: undefined, prefixes: undefined, plural };
  const prefixes = qualify(STEM_PREFIXES.get(found.stem)!, stemWords[found.start - 1]);
  return { stem: found.stem, prefixes, plural };
}
