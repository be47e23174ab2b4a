import { CHAINS, SHORTCUTS } from "../src/chains.generated.js";
import { PREFIXES, type SidPrefix } from "../src/registry.generated.js";
import { aliasPrefixes } from "./generate-types.js";
import { list, readTsv } from "./tsv.js";

// `api.v2010.accounts("AC...")` returns the context that `api.v2010.account` is: the chain table folds the first into
// the second, and the tree gives the accounts collection the `account` object as its context.
const ACCOUNTS = "api.v2010.accounts";
const ACCOUNT = "api.v2010.account";

/** One argument of a collection's call. */
interface Argument {
  name: string;
  /** The prefixes the position takes (from the chain table); empty when it takes no SID. */
  prefixes: SidPrefix[];
  /**
   * How the typed client types it: a SID of `prefixes` only, or also the literals Twilio documents for the position
   * (`Twilio.CURRENT`); `keep` leaves twilio's type, since a unique name or identity may stand there, or nobody knows.
   */
  typed: { literals: string[] } | "keep";
}

interface Collection {
  path: string;
  args: Argument[];
  /** The path parameters before the call's own, in URI order: the parents' SIDs its instances carry. */
  parents: string[];
}

interface TreeNode {
  /** Members of the object, or of the collection's list (`exports.jobs`): name -> child path. */
  members: Map<string, string>;
  /** Members of the context a collection's call returns (`calls("CA...").recordings`). */
  context: Map<string, string>;
  collection?: Collection;
}

/** `api.v2010.accounts.calls` addresses what `api.v2010.account.calls` does. */
function fold(chain: string): string {
  return chain.startsWith(`${ACCOUNTS}.`) ? ACCOUNT + chain.slice(ACCOUNTS.length) : chain;
}

/** The chain-table key of a canonical row (the one generate-chains.ts keeps), or undefined for other rows. */
function canonicalChain(row: Record<string, string>): string | undefined {
  if (row.map_status === "not-in-spec" || row.domain_property === "root") return undefined;
  const versionless = row.resolves_to!.includes("~");
  if (row.version_property === "-" && !versionless) return undefined;
  return fold(versionless ? `${row.domain_property}.${row.chain}` : `${row.domain_property}.${row.version_property}.${row.chain}`);
}

/** The prefixes of a chain-table cell (`MM;SM`, `CH*`). */
function cellPrefixes(cell: string | undefined): SidPrefix[] {
  return (cell ?? "").replace(/\*$/, "").split(";").filter((prefix): prefix is SidPrefix => PREFIXES.has(prefix));
}

/** A row's cells of `column`, one per argument: `no`, or `serviceSid=no|sid=unknown` for several arguments. */
function argumentCells(row: Record<string, string>, column: string, count: number): string[] {
  const cell = row[column] ?? "";
  return count === 1 ? [cell] : cell.split("|").map((part) => part.slice(part.indexOf("=") + 1));
}

/**
 * What each position of non_sid_positions.tsv takes besides SIDs, by chain: the literal (`Twilio.CURRENT`, `Front`),
 * or nothing when it also takes a name, an identity or a phone number (any string).
 */
function nonSidPositions(dir: string): Map<string, string | undefined> {
  const positions = new Map<string, string | undefined>();
  for (const row of readTsv(dir, "non_sid_positions.tsv")) {
    if (row.domain_property === "root" || row.version_property === "-") continue;
    const chain = fold(`${row.domain_property}.${row.version_property}.${row.chain}`);
    const literal = /^literal (\S+)/.exec(row.accepts!)?.[1];
    if (positions.has(chain) && positions.get(chain) !== literal) throw new Error(`generate-twilio: ${chain} takes different things.`);
    positions.set(chain, literal);
  }
  return positions;
}

/** Reads every canonical collection of twilio-node with its arguments. */
function readCollections(dir: string): Map<string, Collection> {
  const nonSid = nonSidPositions(dir);
  const collections = new Map<string, Collection>();
  for (const row of readTsv(dir, "node_chains_detail.tsv")) {
    const path = canonicalChain(row);
    if (path === undefined || collections.has(path)) continue;
    const names = row.args!.split(",").map((name) => name.replace(/\?$/, ""));
    const cells = CHAINS.get(path)?.split(",") ?? [];
    const accepts = argumentCells(row, "accepts_non_sid", names.length);
    const args = names.map((name, index): Argument => {
      const prefixes = cellPrefixes(cells[index]);
      const literal = nonSid.get(path);
      // Unknown positions may take a name: only the documented literals join a SID there.
      const typed = prefixes.length === 0 ? "keep" : accepts[index] === "no" ? { literals: [] } : literal ? { literals: [literal] } : "keep";
      return { name, prefixes, typed };
    });
    const placeholders = [...row.node_uri!.split("|").at(-1)!.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]!);
    collections.set(path, { path, args, parents: placeholders.slice(0, Math.max(0, placeholders.length - names.length)) });
  }
  return collections;
}

/** PascalCase of a path: `api.v2010.account.calls` -> `ApiV2010AccountCalls`, `` for the client -> `Root`. */
function typeName(path: string): string {
  if (path === "") return "Root";
  return path.replaceAll(/(?:^|[._])([a-zA-Z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

const pascal = (name: string) => (name ? name[0]!.toUpperCase() + name.slice(1) : "");

/**
 * Names an alias of a resource might have, best first: `chat.v2.services.channels` -> `ChatChannel`, `Channel`; an
 * argument or field other than `sid` names its own resource (`callSid` -> `Call`).
 */
function hints(path: string, field = "sid"): string[] {
  const resource =
    field === "sid"
      ? pascal(path.slice(path.lastIndexOf(".") + 1))
          .replace(/ies$/, "y")
          .replace(/(?<!s)s$/, "")
      : pascal(field.replace(/Sid$/, ""));
  return [`${pascal(path.split(".")[0]!)}${resource}`, resource];
}

/** Picks the alias each SID type prints as, and collects the names the generated file declares. */
class AliasNames {
  readonly #bySet = new Map<string, string[]>();
  readonly used = new Set<string>();

  constructor() {
    for (const [name, prefixes] of aliasPrefixes()) {
      const key = [...prefixes].sort().join(";");
      this.#bySet.set(key, [...(this.#bySet.get(key) ?? []), name]);
    }
  }

  /** True when one alias has exactly these prefixes. */
  has(prefixes: readonly SidPrefix[]): boolean {
    return this.#bySet.has([...prefixes].sort().join(";"));
  }

  /** The alias of exactly `prefixes` that `hints` name, else its first; a union of aliases when none has them all. */
  typeOf(prefixes: readonly SidPrefix[], hints: readonly string[]): string {
    const names = this.#bySet.get([...prefixes].sort().join(";"));
    if (names) {
      const name = hints.find((hint) => names.includes(hint)) ?? names[0]!;
      this.used.add(name);
      return `${name}Sid`;
    }
    if (prefixes.length === 1) throw new Error(`generate-twilio: no alias for ${prefixes[0]}.`);
    return [...prefixes].sort().map((prefix) => this.typeOf([prefix], hints)).join(" | ");
  }
}

/**
 * Builds `src/twilio.generated.ts`: the tree of twilio-node's resource collections that the typed client
 * (`src/twilio.ts`) walks, with what each collection's call takes and the SID fields of its instances, and the `*Sid`
 * properties of options and instances whose facts name one kind of SID.
 */
export function generateTwilio(dir: string): string {
  const aliases = new AliasNames();
  const collections = readCollections(dir);

  // Collections with a SID position, and every collection and object on the way from the client to one.
  const nodes = new Map<string, TreeNode>([["", { members: new Map(), context: new Map() }]]);
  for (const [path, collection] of collections) {
    if (collection.args.every(({ prefixes }) => prefixes.length === 0)) continue;
    const segments = path.split(".");
    const onContext = contextHops(collection, collections);
    for (let end = 1; end <= segments.length; end++) {
      const current = segments.slice(0, end).join(".");
      if (!nodes.has(current)) nodes.set(current, { members: new Map(), context: new Map(), collection: collections.get(current) });
      const parentPath = segments.slice(0, end - 1).join(".");
      const parent = nodes.get(parentPath)!;
      const hop = parent.collection && onContext.has(parentPath) ? parent.context : parent.members;
      const other = hop === parent.context ? parent.members : parent.context;
      if (other.get(segments[end - 1]!) === current) throw new Error(`generate-twilio: ${current} hangs on both a list and a context.`);
      hop.set(segments[end - 1]!, current);
    }
  }
  // Root shortcuts (`calls`) and version-less domain shortcuts (`sync.services`) lead to their canonical nodes.
  for (const [from, to] of SHORTCUTS) {
    const target = fold(to);
    if (!nodes.has(target)) continue;
    const dot = from.lastIndexOf(".");
    const parent = nodes.get(dot < 0 ? "" : from.slice(0, dot));
    if (!parent) throw new Error(`generate-twilio: the shortcut ${from} has no parent in the tree.`);
    parent.members.set(from.slice(dot + 1), target);
  }

  const reference = (path: string) => (path === ACCOUNT ? `Context<${typeName(ACCOUNTS)}>` : typeName(path));
  const declarations: string[] = [];
  for (const path of [...nodes.keys()].sort()) {
    const { members: memberPaths, context, collection } = nodes.get(path)!;
    const describe = (children: Map<string, string>) =>
      [...children].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, child]) => `${name}: ${reference(child)};`);
    const members = describe(memberPaths);
    if (!collection) {
      const what = path === "" ? "The client" : path === ACCOUNT ? `\`${ACCOUNT}\`, the context of \`${ACCOUNTS}(...)\`` : `\`${path}\``;
      declarations.push(`/** ${what}. */`, `${path === "" ? "export " : ""}interface ${typeName(path)} {`, ...indent(members), "}", "");
      continue;
    }
    const body: string[] = [];
    if (collection.args.some(({ typed }) => typed !== "keep")) {
      const args = collection.args.map(({ name, prefixes, typed }) =>
        typed === "keep"
          ? `${name}: Keep`
          : `${name}: ${[aliases.typeOf(prefixes, hints(path, name)), ...typed.literals.map((literal) => JSON.stringify(literal))].join(" | ")}`,
      );
      body.push(`$args: [${args.join(", ")}];`);
    }
    const { own, parents } = fields(collection, collections, aliases);
    body.push(`$fields: ${inline(own)};`);
    if (parents.length > 0) body.push(`$parents: ${inline(parents)};`);
    const contextMembers = describe(context);
    body.push(`$context: ${path === ACCOUNTS ? typeName(ACCOUNT) : inline(contextMembers)};`);
    body.push(...members);
    declarations.push(`/** \`${path}(...)\`. */`, `interface ${typeName(path)} {`, ...indent(body), "}", "");
  }
  const properties = sidProperties(dir, aliases);
  const names = [...nodes.keys()].map(typeName);
  if (new Set(names).size !== names.length) throw new Error("generate-twilio: two paths have the same type name.");

  return [
    "// Generated by scripts/generate-twilio.ts from twilio-node's call chains and the spec's SID properties. Do not",
    "// edit; run `npm run generate`.",
    "/* eslint-disable @typescript-eslint/no-empty-object-type -- `& {}` keeps an alias's name: see below. */",
    "",
    'import type * as Aliases from "./aliases.generated.js";',
    "",
    "/** An argument the typed client leaves as twilio declares it: it may take a unique name, or nobody knows. */",
    "type Keep = unknown;",
    "/** The context of a collection, reached as a member rather than by a call. */",
    "interface Context<C> {",
    "  $contextOf: C;",
    "}",
    "",
    "// A template literal type cannot carry an alias's name, so errors would print `` `CA${string}` ``. Declared as",
    "// `T & {}`, an alias keeps its name in errors and stays the same set of strings.",
    ...[...aliases.used].sort().map((name) => `type ${name}Sid = Aliases.${name}Sid & {};`),
    "",
    "/** `*Sid` properties of options and instances that always hold one kind of SID, by twilio-node's name. */",
    "export interface SidProperties {",
    ...indent(properties),
    "}",
    "",
    ...declarations,
  ].join("\n");
}

/**
 * The collections before `collection` on its path whose context the path goes through: those whose arguments its
 * URI names. The others are passed on their list (`bulkexports.v1.exports.jobs`: jobs hang on the exports list).
 */
function contextHops(collection: Collection, collections: Map<string, Collection>): Set<string> {
  const segments = collection.path.split(".");
  const ancestors = segments
    .slice(0, -1)
    .map((_, index) => segments.slice(0, index + 1).join("."))
    .filter((path) => collections.has(path));
  let named = collection.parents.length - (collection.path.startsWith(`${ACCOUNT}.`) ? 1 : 0);
  const hops = new Set<string>();
  for (const path of ancestors) {
    if (named <= 0) break;
    hops.add(path);
    named -= collections.get(path)!.args.length;
  }
  if (named !== 0) throw new Error(`generate-twilio: the URI of ${collection.path} names parents its chain does not have.`);
  return hops;
}

/**
 * The SID fields of a collection's instances: `own` are its SID arguments (`sid`, `callSid`), which every instance
 * has; `parents` are the parents' SIDs its URI names (`accountSid`, `callSid`), which an instance may leave out.
 */
function fields(collection: Collection, collections: Map<string, Collection>, aliases: AliasNames): { own: string[]; parents: string[] } {
  const { path, args } = collection;
  const parents: { path: string; prefixes: SidPrefix[] }[] = [];
  // The account is the first parent of everything under `api.v2010.account`.
  if (path.startsWith(`${ACCOUNT}.`)) parents.push({ path: ACCOUNTS, prefixes: collections.get(ACCOUNTS)!.args[0]!.prefixes });
  for (const parentPath of contextHops(collection, collections)) {
    const parent = collections.get(parentPath)!;
    parents.push(...parent.args.map(({ prefixes }) => ({ path: parent.path, prefixes })));
  }
  const describe = (typed: { name: string; path: string; prefixes: SidPrefix[] }[]) =>
    typed
      .filter(({ prefixes }) => prefixes.length > 0)
      .map(({ name, path: owner, prefixes }) => `${name}: ${aliases.typeOf(prefixes, [...hints(owner, name), ...hints(owner)])};`);
  return {
    // twilio-node's fields are camelCase; a PascalCase argument (`BundleSid`) is the spec's parameter, not a field.
    own: describe(args.filter(({ name }) => /^[a-z]/.test(name)).map(({ name, prefixes }) => ({ name, path, prefixes }))),
    parents: describe(collection.parents.map((name, index) => ({ name, ...parents[index]! }))),
  };
}

/**
 * `*Sid` properties whose facts name one kind of SID (one prefix, or the prefixes of one alias: SM and MM) and never
 * the generic pattern of any prefix. A union of kinds would reject the kind a given resource holds, so a property the
 * spec uses for several kinds (`service_sid`) is left as twilio declares it.
 */
function sidProperties(dir: string, aliases: AliasNames): string[] {
  const properties: string[] = [];
  for (const row of readTsv(dir, "property_to_prefixes.tsv")) {
    if (!/^[a-z][a-z0-9_]*_sid$/.test(row.property!) || Number(row.generic_pattern_count) > 0) continue;
    const prefixes = list(row.prefixes).filter((prefix): prefix is SidPrefix => PREFIXES.has(prefix));
    if (prefixes.length === 0 || prefixes.length !== list(row.prefixes).length) continue;
    if (!aliases.has(prefixes)) continue;
    const name = row.property!.replaceAll(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
    properties.push(`${name}: ${aliases.typeOf(prefixes, hints("", name))};`);
  }
  return properties.sort();
}

/** `{ a: A; b: B }` of members written `a: A;`. */
function inline(members: readonly string[]): string {
  return members.length === 0 ? "{}" : `{ ${members.join(" ").replace(/;$/, "")} }`;
}

function indent(lines: readonly string[]): string[] {
  return lines.map((line) => `  ${line}`);
}
