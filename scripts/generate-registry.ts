import { list, readTsv } from "./tsv.js";

// A property whose spec occurrences use the generic `^[a-zA-Z]{2}...` pattern this often holds any prefix.
const POLYMORPHIC_SHARE = 0.1;
// Names the issue tracker and public code use for "any resource"; the spec types some of them narrowly.
const POLYMORPHIC_NAMES = ["", "resource", "object", "source", "actor", "parent", "entity", "target", "owner"];
// Keys that Twilio's own docs and SDKs bind to API Key SIDs; the spec has no `*_sid` property for them.
const KEY_STEMS: Record<string, string[]> = { "api key": ["SK"], "signing key": ["SK"], key: ["SK"] };
// Stems that name a SID without a `sid` word: Twilio's docs call the `SK...` value itself `apiKey`.
const BARE_STEMS = ["api key"];
// Known errors in the spec (README of the fact tables): Intelligence `Services/{ServiceSid}/Operators` declares `^LY`,
// but the service is `GA`; `LY` is the operator's own prefix.
const SPEC_ERRORS: Record<string, string[]> = { service_sid: ["LY"] };
// Leading words in retired samples' names that say nothing about the resource.
const FILLER_WORDS = new Set(["default", "twilio"]);
// Names that Twilio's messages and docs use for a prefix where the spec's curated name is longer.
const SHORT_NAMES: Record<string, string> = { SM: "Message", MM: "Message" };
// Names users give SIDs that no spec property spells: the Voice SDK's TwiML App (`appSid`, `TWILIO_TWIML_APP_SID`),
// a Conversations Service (`conversationsServiceSid`, the service Twilio's Conversations docs call it), TwiML Bins.
const EXTRA_STEMS: Record<string, string[]> = {
  app: ["AP"],
  "twiml app": ["AP"],
  "conversations service": ["IS"],
  "conversation service": ["IS"],
  "twiml bin": ["EH"],
};
// Stems that are also everyday words of software (a source *map*, a to-do *list*, a build *job*): after words that
// are not Twilio product words (`versionMapSid`, `sourceMapSid`) they name no Twilio resource. See docs/names.md.
const EVERYDAY_STEMS = [
  "app",
  "asset",
  "build",
  "category",
  "client",
  "config",
  "configuration",
  "contact",
  "content",
  "device",
  "document",
  "domain",
  "environment",
  "event",
  "function",
  "group",
  "hook",
  "identity",
  "job",
  "key",
  "list",
  "map",
  "media",
  "network",
  "note",
  "path",
  "payload",
  "plugin",
  "policy",
  "request",
  "role",
  "session",
  "step",
  "stream",
  "summary",
  "template",
  "track",
  "user",
  "version",
];
// Words that name a Twilio product or the company, beyond the API's domains (which the qualifier table holds).
const PRODUCT_WORDS = ["twilio", "twiml", "whatsapp", "flex", "sms", "mms"];
// Abbreviations users write for a word of a stem: `TWILIO_VERIFY_SVC_SID`.
const WORD_ALIASES: Record<string, string> = { svc: "service" };

const SID_SUFFIX = /_sids?(\[\])?$/;

interface PrefixRow {
  name: string;
  product: string;
  retired: boolean;
  body: "hex" | "alnum";
  domains: string[];
}

/** Lowercase words of a snake_case or camelCase name. */
function words(name: string): string[] {
  return name
    .replaceAll(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The readable resource name: the curated name without editorial brackets. */
function resourceName(curated: string): string {
  return curated.replaceAll(/\s*\[[^\]]*\]/g, "").trim();
}

/** Builds `src/registry.generated.ts` from the fact tables in `dir`. */
export function generateRegistry(dir: string): string {
  const prefixes = new Map<string, PrefixRow>();
  for (const row of readTsv(dir, "prefixes.tsv")) {
    const prefix = row.prefix!;
    prefixes.set(prefix, {
      name: SHORT_NAMES[prefix] ?? resourceName(row.primary_resource!),
      product: "",
      retired: false,
      // `OQ` is the one prefix whose spec pattern allows any letter or digit in the body.
      body: prefix === "OQ" ? "alnum" : "hex",
      domains: list(row.domains),
    });
  }
  // Live prefixes the spec lacks (TwiML Bins are a Console-only resource).
  for (const row of readTsv(dir, "extra_prefixes.tsv")) {
    prefixes.set(row.prefix!, { name: row.resource!, product: "", retired: false, body: "hex", domains: [] });
  }
  const retiredRows = readTsv(dir, "retired_prefixes.tsv");
  for (const row of retiredRows) {
    const product = row.product!.replace(/\s*\((retired|legacy[^)]*)\)$/, "");
    prefixes.set(row.prefix!, {
      name: row["resource (as used in Twilio's public code samples)"]!,
      product,
      retired: true,
      body: "hex",
      domains: [],
    });
  }

  const stems = new Map<string, Set<string>>();
  const polymorphic = new Set<string>(POLYMORPHIC_NAMES);
  // Stems of properties that one product types as any resource (Monitor's `service_sid`: "the service or resource
  // that generated the alert"), too rarely to make the name polymorphic.
  const anyInSomeProduct = new Set<string>();
  const addStem = (stem: string, values: Iterable<string>) => {
    const set = stems.get(stem) ?? new Set<string>();
    for (const value of values) set.add(value);
    stems.set(stem, set);
  };

  for (const row of readTsv(dir, "property_to_prefixes.tsv")) {
    if (!SID_SUFFIX.test(row.property!)) continue;
    const stem = words(row.property!.replace(SID_SUFFIX, "")).join(" ");
    const wrong = SPEC_ERRORS[row.property!] ?? [];
    const values = list(row.prefixes).filter((prefix) => !wrong.includes(prefix));
    const generic = Number(row.generic_pattern_count);
    if (values.length === 0 || generic / Number(row.occurrences) >= POLYMORPHIC_SHARE) {
      polymorphic.add(stem);
    } else {
      addStem(stem, values);
      if (generic > 0) anyInSomeProduct.add(stem);
    }
  }
  for (const row of readTsv(dir, "name_semantics.tsv")) {
    addStem(row.stem!, [...list(row.prefixes_from_properties), ...list(row.extra_prefixes_from_path_params)]);
  }
  for (const row of readTsv(dir, "name_semantics_noprop.tsv")) {
    addStem(row.stem!, list(row.prefixes_from_path_params));
  }
  for (const row of retiredRows) {
    for (const [name] of row["evidence: name the sample binds it to"]!.matchAll(/\b\w+(?:Sid|_sid)\b/g)) {
      const stemWords = words(name).slice(0, -1);
      while (stemWords.length > 1 && FILLER_WORDS.has(stemWords[0]!)) stemWords.shift();
      addStem(stemWords.join(" "), [row.prefix!]);
    }
  }
  // What Twilio's webhooks and event payloads send under each name (`request_sid` is XR in Add-ons results, though
  // the spec's one `request_sid` is Serverless's RQ): a name is evidence of every prefix it is seen with.
  for (const row of readTsv(dir, "webhook_params.tsv")) {
    const nameWords = words(row.name!);
    const sid = nameWords.lastIndexOf("sid");
    if (sid > 0) addStem(nameWords.slice(0, sid).join(" "), row.prefixes!.split(/\s+/).filter(Boolean));
  }
  for (const [stem, values] of Object.entries(KEY_STEMS)) addStem(stem, values);
  for (const [stem, values] of Object.entries(EXTRA_STEMS)) addStem(stem, values);
  for (const stem of polymorphic) stems.delete(stem);
  // A stem admits the prefixes whose resource name ends with it (a `campaignSid` may hold the US A2P Campaign, QE;
  // a `templateSid` a Content Template, HX), unless words before it name another resource: a Sync Stream Message
  // belongs to a stream, so `messageSid` does not admit it.
  const namesOther = (before: string[], prefix: string) => {
    for (let start = 0; start < before.length; start++) {
      for (let end = start + 1; end <= before.length; end++) {
        if (stems.get(before.slice(start, end).join(" "))?.has(prefix) === false) return true;
      }
    }
    return false;
  };
  for (const [prefix, row] of prefixes) {
    for (const part of row.name.replaceAll(/\([^)]*\)/g, "").split("/")) {
      const name = words(part);
      for (const [stem, set] of stems) {
        const stemLength = stem.split(" ").length;
        const before = name.slice(0, -stemLength);
        if (name.slice(-stemLength).join(" ") === stem && !namesOther(before, prefix)) set.add(prefix);
      }
    }
  }
  // A shorter name admits what longer names ending with it hold: `queueSid` may be a TaskRouter `taskQueueSid`.
  for (const [stem, set] of stems) {
    for (const [longer, values] of stems) {
      if (longer.endsWith(` ${stem}`)) for (const value of values) set.add(value);
    }
  }

  // A product word before a stem ("verify" in verifyServiceSid) narrows it to that product's prefixes.
  const qualifiers = new Map<string, Set<string>>();
  for (const [prefix, row] of prefixes) {
    for (const domain of row.domains) {
      for (const word of new Set([domain, domain.split("-")[0]!, domain.replace(/s$/, "")])) {
        const set = qualifiers.get(word) ?? new Set<string>();
        set.add(prefix);
        qualifiers.set(word, set);
      }
    }
  }

  const sorted = [...prefixes.keys()].sort();
  const lines = [
    "// Generated by scripts/generate-registry.ts from Twilio's OpenAPI fact tables. Do not edit; run `npm run generate`.",
    "",
    "/** Every SID prefix Twilio uses or used (retired products included). */",
    `export type SidPrefix =\n${sorted.map((prefix) => `  | "${prefix}"`).join("\n")};`,
    "",
    "export interface PrefixRecord {",
    "  /** Readable resource name for messages, e.g. `Call`, `Messaging Service`. */",
    "  readonly name: string;",
    "  /** Product that retired the prefix; empty for prefixes of the current API. */",
    "  readonly product: string;",
    "  readonly retired: boolean;",
    "  /** `hex`: 32 hex digits of either case; `alnum`: 32 letters or digits. */",
    '  readonly body: "hex" | "alnum";',
    "  /** API domains that use the prefix, e.g. `api`, `verify`. */",
    "  readonly domains: readonly string[];",
    "}",
    "",
    "export const PREFIXES: ReadonlyMap<string, PrefixRecord> = new Map<SidPrefix, PrefixRecord>([",
    ...sorted.map((prefix) => {
      const { name, product, retired, body, domains } = prefixes.get(prefix)!;
      return `  ["${prefix}", ${JSON.stringify({ name, product, retired, body, domains })}],`;
    }),
    "]);",
    "",
    "/** Name stem (lowercase words joined by spaces) -> prefixes a SID bound to `<stem>Sid` may have. */",
    "export const STEM_PREFIXES: ReadonlyMap<string, readonly SidPrefix[]> = new Map<string, readonly SidPrefix[]>([",
    ...[...stems.keys()].sort().map((stem) => `  ["${stem}", ${JSON.stringify([...stems.get(stem)!].sort())}],`),
    "]);",
    "",
    "/** Stems whose SIDs may be of any prefix (`resourceSid`); the empty stem is bare `sid`. */",
    `export const POLYMORPHIC_STEMS: ReadonlySet<string> = new Set(${JSON.stringify([...polymorphic].sort())});`,
    "",
    "/** Stems that name a SID even without a trailing `sid` (`apiKey`, `TWILIO_API_KEY`). */",
    `export const BARE_STEMS: ReadonlySet<string> = new Set(${JSON.stringify(BARE_STEMS)});`,
    "",
    "/** Stems one product's field of that name takes any resource under; unqualified, they take any prefix. */",
    `export const ANY_IN_SOME_PRODUCT: ReadonlySet<string> = new Set(${JSON.stringify([...anyInSomeProduct].sort())});`,
    "",
    "/** Stems that name no Twilio resource after words that are not product words (`sourceMapSid`): docs/names.md. */",
    `export const EVERYDAY_STEMS: ReadonlySet<string> = new Set(${JSON.stringify(EVERYDAY_STEMS)});`,
    "",
    "/** Words that name a Twilio product besides the API domains of `QUALIFIER_PREFIXES`. */",
    `export const PRODUCT_WORDS: ReadonlySet<string> = new Set(${JSON.stringify(PRODUCT_WORDS)});`,
    "",
    "/** Abbreviations of stem words that users write (`TWILIO_VERIFY_SVC_SID`). */",
    `export const WORD_ALIASES: ReadonlyMap<string, string> = new Map(${JSON.stringify(Object.entries(WORD_ALIASES))});`,
    "",
    "/** Product word -> prefixes of that product, for qualified names like `syncServiceSid`. */",
    "export const QUALIFIER_PREFIXES: ReadonlyMap<string, readonly SidPrefix[]> = new Map<string, readonly SidPrefix[]>([",
    ...[...qualifiers.keys()].sort().map((word) => `  ["${word}", ${JSON.stringify([...qualifiers.get(word)!].sort())}],`),
    "]);",
    "",
  ];
  return lines.join("\n");
}
