import { readTsv } from "./tsv.js";

/** One argument position of a row: the prefixes it takes and whether a unique name or identity also fits. */
interface Position {
  prefixes: string[];
  acceptsNonSid: boolean;
  /** The member path after the call under which alone a non-SID fits (`participants.create` for conferences). */
  nonSidOnlyBefore?: string;
}

/** What a position takes besides SIDs, as `non_sid_positions.tsv` resolves it for `unknown` rows. */
interface NonSid {
  /** Only one fixed literal (`Twilio.CURRENT`, `Front`): any other non-SID is still a mistake. */
  literal: boolean;
  onlyBefore: string | undefined;
}

/** `root.-.conferences`: how both tables name a row. */
const rowKey = (row: Record<string, string>) => `${row.domain_property}.${row.version_property}.${row.chain}`;

/** Reads `non_sid_positions.tsv`, keyed like `rowKey`. */
function readNonSid(dir: string): Map<string, NonSid> {
  const positions = new Map<string, NonSid>();
  for (const row of readTsv(dir, "non_sid_positions.tsv")) {
    const onlyBefore = /followed by \.([\w.]+)\(/.exec(row.only_when ?? "")?.[1];
    positions.set(rowKey(row), { literal: row.accepts!.startsWith("literal "), onlyBefore });
  }
  return positions;
}

/** The prefixes a `;`-separated cell names, the spec's first, else the inferred ones. */
function prefixesOf(spec: string, inferred: string): string[] {
  const cell = spec || inferred;
  return cell.split(";").filter(Boolean).sort();
}

/**
 * Reads a row's positions. Single-argument rows hold plain cells; multi-argument version methods hold
 * `name=cell|name?=cell` lists in the same column order as `args`.
 */
function positionsOf(row: Record<string, string>, nonSid: NonSid | undefined): Position[] {
  const args = row.args!.split(",");
  if (args.length === 1) {
    const prefixes = prefixesOf(row.prefixes!, row.inferred_prefixes!);
    // A position nobody could source either way may take a non-SID: never proof of a mismatch by a name.
    if (nonSid === undefined) return [{ prefixes, acceptsNonSid: row.accepts_non_sid !== "no" }];
    return [{ prefixes, acceptsNonSid: !nonSid.literal, ...(nonSid.onlyBefore && { nonSidOnlyBefore: nonSid.onlyBefore }) }];
  }
  const cells = (column: string) => (row[column] ? row[column].split("|").map((cell) => cell.split("=")[1] ?? "") : []);
  const spec = cells("prefixes");
  const inferred = cells("inferred_prefixes");
  const accepts = cells("accepts_non_sid");
  return args.map((_, index) => ({
    prefixes: prefixesOf(spec[index] ?? "", inferred[index] ?? ""),
    acceptsNonSid: accepts[index] !== "no",
  }));
}

/** Corrects what the spec itself gets wrong. */
function fixSpecErrors(chain: string, positions: Position[]): Position[] {
  return positions.map((position) => {
    // Intelligence services are GA; the spec's `Services/{ServiceSid}/Operators` path declares LY, which leaks
    // into every position that takes a service.
    if (chain.startsWith("intelligence.") && position.prefixes.includes("GA")) {
      return { ...position, prefixes: position.prefixes.filter((prefix) => prefix !== "LY") };
    }
    // numbers v2 `ShortCodes/Applications/{sid}` declares WF, but the resource's own sid is AP: both occur.
    if (chain === "numbers.v2.applications") return { ...position, prefixes: ["AP", "WF"] };
    return position;
  });
}

/** `CA`, `SR*`, `IS,CH*`, `,CA`, `CF*participants.create`: see the header of the generated file. */
function encode(positions: Position[]): string {
  return positions
    .map(({ prefixes, acceptsNonSid, nonSidOnlyBefore }) => prefixes.join(";") + (acceptsNonSid ? `*${nonSidOnlyBefore ?? ""}` : ""))
    .join(",");
}

// `api.v2010.accounts.<rest>` and `api.v2010.account.<rest>` address the same resources; lookups fold the first.
const ACCOUNTS = "api.v2010.accounts.";
const ACCOUNT = "api.v2010.account.";

/** The key a chain is stored under. */
export function fold(chain: string): string {
  return chain.startsWith(ACCOUNTS) ? ACCOUNT + chain.slice(ACCOUNTS.length) : chain;
}

/**
 * The chain a row of node_chains_detail.tsv stands for, unfolded (`api.v2010.accounts.calls` stays), or undefined
 * for rows that are no canonical chain of SIDs.
 */
export function rowChain(row: Record<string, string>): string | undefined {
  // Node-only API versions address resources by ids that are not SIDs.
  if (row.map_status === "not-in-spec") return undefined;
  // A version-less path with no version property (`previewIam.organization`) is its own canonical chain.
  const versionless = row.resolves_to!.includes("~");
  // Other shortcut rows repeat canonical ones; the shortcut table expands them at lookup.
  if (row.domain_property === "root" || (row.version_property === "-" && !versionless)) return undefined;
  return versionless ? `${row.domain_property}.${row.chain}` : `${row.domain_property}.${row.version_property}.${row.chain}`;
}

/** The checked chains of node_chains_detail.tsv: canonical chain key -> encoded positions. */
export function readChains(dir: string): Map<string, string> {
  const chains = new Map<string, string>();
  const nonSid = readNonSid(dir);
  for (const row of readTsv(dir, "node_chains_detail.tsv")) {
    const chain = rowChain(row);
    if (chain === undefined) continue;
    const positions = fixSpecErrors(chain, positionsOf(row, nonSid.get(rowKey(row))));
    if (positions.every((position) => position.prefixes.length === 0)) continue;
    const encoded = encode(positions);
    const previous = chains.get(chain);
    if (previous !== undefined && previous !== encoded) throw new Error(`${chain}: ${previous} and ${encoded}`);
    chains.set(chain, encoded);
  }
  for (const [chain, encoded] of chains) {
    const folded = fold(chain);
    if (folded === chain) continue;
    if (chains.get(folded) !== encoded) throw new Error(`${chain} (${encoded}) differs from ${folded}`);
    chains.delete(chain);
  }
  return chains;
}

/** Builds `src/chains.generated.ts` (twilio-node call chains and the prefixes each position takes). */
export function generateChains(dir: string): string {
  const chains = readChains(dir);
  const keys = [...chains.keys()];
  const shortcuts = new Map<string, string>();
  for (const row of readTsv(dir, "node_shortcuts.tsv")) {
    const from = row.property!.replace(/^client\./, "");
    const to = row.resolves_to!.replace(/^client\./, "");
    const target = fold(to);
    // A shortcut that leads to no checked position needs no entry.
    if (keys.some((key) => key === target || key.startsWith(`${target}.`))) {
      shortcuts.set(from, to);
    }
  }

  const sorted = (map: Map<string, string>) =>
    [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, value]) => `  [${JSON.stringify(key)}, ${JSON.stringify(value)}],`);
  return [
    "// Generated by scripts/generate-chains.ts from twilio-node's call chains. Do not edit; run `npm run generate`.",
    "",
    "/**",
    " * Every checked call position of twilio-node, keyed by the whole chain of property names from the client with",
    " * shortcuts expanded and `api.v2010.accounts.` folded into `api.v2010.account.`. The value lists each argument's",
    " * prefixes (`;`-separated), `*` when the position also takes a unique name or identity (or may: nobody could",
    " * source it either way), followed by a member path where it takes one only when the call's result goes on to it",
    " * (`CF*participants.create`), `,` between arguments (an empty entry is an argument that is not checked). Chains",
    " * with no known prefixes are left out.",
    " */",
    "export const CHAINS: ReadonlyMap<string, string> = new Map([",
    ...sorted(chains),
    "]);",
    "",
    "/** Root shortcuts (`calls`) and version-less domain shortcuts (`sync.services`) -> the chain they stand for. */",
    "export const SHORTCUTS: ReadonlyMap<string, string> = new Map([",
    ...sorted(shortcuts),
    "]);",
    "",
  ].join("\n");
}
