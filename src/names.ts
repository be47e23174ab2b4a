import {
  ANY_IN_SOME_PRODUCT,
  BARE_STEMS,
  EVERYDAY_STEMS,
  PREFIXES,
  POLYMORPHIC_STEMS,
  PRODUCT_WORDS,
  QUALIFIER_PREFIXES,
  STEM_PREFIXES,
  WORD_ALIASES,
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
  /**
   * The stem is an everyday word standing alone (`mapSid`, `noteSid`): a Twilio resource where the name binds a
   * Twilio SID, too vague to say what another value holds.
   */
  readonly everyday?: boolean;
}

// Words of any case style: `APIKeySid` -> API, Key, Sid; `CALL_SID` -> CALL, SID; `call-sid` -> call, sid.
// Digits stay in their word, as in the registry's stems: `a2pBundleSid` -> a2p, Bundle, Sid.
const WORD = /[A-Z][A-Z0-9]*(?![a-z])|[A-Z]?[a-z0-9]+|[0-9]+/g;

/** Lowercase words of a name in any case style. */
export function nameWords(name: string): string[] {
  return Array.from(name.matchAll(WORD), ([word]) => word.toLowerCase());
}

/** Number of words in a space-separated phrase. */
const wordCount = (phrase: string) => (phrase ? phrase.split(" ").length : 0);

/** The longest known stem that ends the words, with its start index. */
function longestStem(words: readonly string[]): { stem: string; start: number } | undefined {
  for (let start = Math.max(0, words.length - MAX_PHRASE_WORDS); start < words.length; start++) {
    const stem = words.slice(start).join(" ");
    if (STEM_PREFIXES.has(stem) || POLYMORPHIC_STEMS.has(stem)) return { stem, start };
  }
  return undefined;
}

/**
 * Resource names of the registry in words (`content template` -> HX, `end user` -> IT): a name that ends with a known
 * stem after more words (`contentTemplateSid`, stem `template`) may name another resource entirely.
 */
const RESOURCE_NAMES: ReadonlyMap<string, readonly SidPrefix[]> = (() => {
  const names = new Map<string, SidPrefix[]>();
  for (const [prefix, record] of PREFIXES) {
    for (const part of record.name.replace(/\([^)]*\)/g, "").split(" / ")) {
      const key = nameWords(part).join(" ");
      if (key) names.set(key, [...(names.get(key) ?? []), prefix as SidPrefix]);
    }
  }
  return names;
})();

/** Words in the longest stem or resource name: no lookup starts further back than this from a name's end. */
const MAX_PHRASE_WORDS = Math.max(
  ...[...STEM_PREFIXES.keys(), ...POLYMORPHIC_STEMS, ...RESOURCE_NAMES.keys()].map(wordCount),
);

/** Prefixes of the resources that the words before a stem, with it, name (`supporting document` -> RD). */
function compoundPrefixes(words: readonly string[], stemStart: number): SidPrefix[] {
  const found: SidPrefix[] = [];
  for (let start = Math.max(0, words.length - MAX_PHRASE_WORDS); start < stemStart; start++) {
    found.push(...(RESOURCE_NAMES.get(words.slice(start).join(" ")) ?? []));
  }
  return found;
}

/** Narrows a stem's prefixes by the product word before it (`verify` in `verifyServiceSid`), where that fits. */
function qualify(prefixes: readonly SidPrefix[], qualifier: string | undefined): readonly SidPrefix[] {
  const product = qualifier === undefined ? undefined : QUALIFIER_PREFIXES.get(qualifier);
  if (!product) return prefixes;
  const narrowed = prefixes.filter((prefix) => product.includes(prefix));
  return narrowed.length > 0 ? narrowed : prefixes;
}

// Front-end build tools expose only environment variables with their prefix: `VITE_TWILIO_FLOW_SID` is a flow SID.
const ENV_PREFIXES = [["vite"], ["next", "public"], ["react", "app"]];

// Deployment and platform suffixes after `SID` in environment variable names: `TWILIO_ACCOUNT_SID_LINUX`.
const SID_SUFFIXES = new Set(["prod", "production", "dev", "development", "staging", "stage", "test", "qa", "local"]);
const PLATFORM_SUFFIXES = new Set(["live", "sandbox", "linux", "mac", "macos", "windows", "win", "ci", "us", "eu"]);

/** A word that may follow `SID` in an environment variable name without changing what it holds. */
const isSidSuffix = (word: string) => SID_SUFFIXES.has(word) || PLATFORM_SUFFIXES.has(word) || /^\d+$/.test(word);

/** The words of a name as its stem is read: aliases spelled out, a build tool's environment prefix dropped. */
function readWords(name: string): string[] {
  const words = nameWords(name).map((word) => WORD_ALIASES.get(word) ?? word);
  const envPrefix = ENV_PREFIXES.find((prefix) => prefix.every((word, index) => words[index] === word));
  return envPrefix && words.length > envPrefix.length + 1 ? words.slice(envPrefix.length) : words;
}

/**
 * The words before `sid`/`sids` and whether it is plural, or undefined when the name does not end with one. An
 * environment variable may carry a deployment suffix after it (`TWILIO_ACCOUNT_SID_PROD`).
 */
function sidWords(name: string, words: readonly string[]): { stemWords: string[]; plural: boolean } | undefined {
  let end = words.length;
  if (/^[A-Z][A-Z0-9_]*$/.test(name)) while (end > 1 && isSidSuffix(words[end - 1]!)) end--;
  const last = words[end - 1];
  return last === "sid" || last === "sids" ? { stemWords: words.slice(0, end - 1), plural: last === "sids" } : undefined;
}

/** A word that names a Twilio product: an API domain (`sync`, `verify`) or one of the product words. */
const isProductWord = (word: string | undefined) =>
  word !== undefined && (PRODUCT_WORDS.has(word) || QUALIFIER_PREFIXES.has(word));

// A SID name has `sid` in it or ends with a bare stem's last word: most names of a file (`to`, `body`) have neither.
const MAY_NAME_A_SID = new RegExp(["sid", ...Array.from(BARE_STEMS, (stem) => stem.split(" ").at(-1))].join("|"), "i");

// Names recur across a project's files; their reading never changes. Bounded, as a long run meets many.
const readings = new Map<string, SidName | null>();
const MAX_READINGS = 10_000;

/**
 * Reads a binding name (`callSid`, `parent_call_sid`, `MessagingServiceSid`, `CALL_SIDS`, `apiKey`) as a SID name,
 * or returns undefined when the name does not say it holds a SID.
 */
export function sidName(name: string): SidName | undefined {
  if (!MAY_NAME_A_SID.test(name)) return undefined;
  // One lookup: asked for every bound name of every file.
  const known = readings.get(name);
  if (known !== undefined) return known ?? undefined;
  const meaning = readSidName(name);
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(name, meaning ?? null);
  return meaning;
}

/** `sidName` without the quick test and the memory. */
function readSidName(name: string): SidName | undefined {
  const words = readWords(name);
  let stemWords: string[];
  let plural = false;
  const sid = sidWords(name, words);
  if (sid) {
    ({ stemWords, plural } = sid);
  } else {
    const bare = [...BARE_STEMS].find((stem) => words.slice(-stem.split(" ").length).join(" ") === stem);
    if (bare === undefined) return undefined;
    stemWords = words;
  }
  const found = longestStem(stemWords);
  if (stemWords.length === 0 || (found && POLYMORPHIC_STEMS.has(found.stem))) {
    return { stem: found?.stem ?? "", prefixes: undefined, plural };
  }
  if (!found) return { stem: undefined, prefixes: undefined, plural };
  const compound = compoundPrefixes(stemWords, found.start);
  // `versionMapSid`, `sourceMapSid`: an everyday word after words of another domain names nothing of Twilio's.
  const before = stemWords[found.start - 1];
  if (before !== undefined && EVERYDAY_STEMS.has(found.stem) && compound.length === 0 && !isProductWord(before)) {
    return { stem: undefined, prefixes: undefined, plural };
  }
  const all = STEM_PREFIXES.get(found.stem)!;
  const qualified = qualify(all, before);
  // Unqualified, `serviceSid` may be Monitor's service or resource of an alert: any prefix.
  if (qualified === all && compound.length === 0 && ANY_IN_SOME_PRODUCT.has(found.stem)) return { stem: found.stem, prefixes: undefined, plural };
  const extra = compound.filter((prefix) => !qualified.includes(prefix));
  const prefixes = extra.length > 0 ? [...qualified, ...extra] : qualified;
  return before === undefined && EVERYDAY_STEMS.has(found.stem)
    ? { stem: found.stem, prefixes, plural, everyday: true }
    : { stem: found.stem, prefixes, plural };
}

/** `callSid`, `call_sid`, `CallSid`, `CALL_SID`, `call-sid`: the case style of a name, to write another like it. */
function styleOf(name: string): (words: readonly string[]) => string {
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  if (name.includes("_")) {
    return name === name.toUpperCase()
      ? (words) => words.join("_").toUpperCase()
      : (words) => words.join("_");
  }
  if (name.includes("-")) return (words) => words.join("-");
  if (/^[A-Z]/.test(name)) return (words) => words.map(capital).join("");
  return (words) => words[0] + words.slice(1).map(capital).join("");
}

/**
 * The name a SID of `prefix` would have, in the case style of `like` (`messageSid` -> `callSid` for `CA`), or
 * undefined when the prefix's resource has no single plain name (`API Key / Signing Key`) or that name would not
 * itself admit the prefix. Only names that are just a stem and `sid`/`sids` get one: `parentMessageSid` has a
 * qualifier a rename would have to guess about.
 */
export function renamedSidName(like: string, prefix: SidPrefix): string | undefined {
  const current = sidName(like);
  if (!current?.stem || nameWords(like).length !== current.stem.split(" ").length + 1) return undefined;
  const resource = PREFIXES.get(prefix)?.name.replace(/\s*\(.*\)$/, "");
  if (resource === undefined || !/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(resource)) return undefined;
  const words = [...nameWords(resource), current.plural ? "sids" : "sid"];
  const candidate = styleOf(like)(words);
  return candidate !== like && sidName(candidate)?.prefixes?.includes(prefix) ? candidate : undefined;
}
