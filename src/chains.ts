import { CHAINS, SHORTCUTS } from "./chains.generated.js";
import type { SidPrefix } from "./registry.generated.js";

/** One argument of a twilio-node call position. */
export interface ChainPosition {
  /** Prefixes the argument takes; empty when the argument is not checked. */
  readonly prefixes: readonly SidPrefix[];
  /** The argument also takes a unique name or identity (Sync documents, Chat channels, conference labels). */
  readonly acceptsNonSid: boolean;
  /**
   * Member names after the call under which alone the argument takes something else (`participants`, `create`: a
   * conference's friendly name works only for `conferences(name).participants.create(...)`).
   */
  readonly nonSidOnlyBefore?: readonly string[];
}

// `api.v2010.accounts("AC...").calls` addresses the same resources as `api.v2010.account.calls`.
const ACCOUNTS = "api.v2010.accounts.";
const ACCOUNT = "api.v2010.account.";

/** The last name of every checked chain: a call to any other method is no position, whatever its receiver. */
export const POSITION_METHODS: ReadonlySet<string> = new Set(
  Array.from(CHAINS.keys(), (chain) => chain.slice(chain.lastIndexOf(".") + 1)),
);

/**
 * The table key for property names read from a client (`["sync", "services", "documents"]`): root and
 * version-less domain shortcuts expanded, `accounts` folded into `account`.
 */
export function normalizeChain(names: readonly string[]): string {
  const [first = "", second] = names;
  let chain = names.join(".");
  const root = SHORTCUTS.get(first);
  if (root !== undefined) {
    chain = root + chain.slice(first.length);
  } else if (second !== undefined) {
    const domain = SHORTCUTS.get(`${first}.${second}`);
    if (domain !== undefined) chain = domain + chain.slice(first.length + 1 + second.length);
  }
  return chain.startsWith(ACCOUNTS) ? ACCOUNT + chain.slice(ACCOUNTS.length) : chain;
}

const decoded = new Map<string, readonly ChainPosition[]>();

/** Decodes a table value (`IS,CH*`, `CF*participants.create`): see `src/chains.generated.ts`. */
function decode(value: string): readonly ChainPosition[] {
  return value.split(",").map((cell) => {
    const [list = "", condition] = cell.split("*");
    const prefixes = list ? (list.split(";") as SidPrefix[]) : [];
    if (condition === undefined) return { prefixes, acceptsNonSid: false };
    return condition ? { prefixes, acceptsNonSid: true, nonSidOnlyBefore: condition.split(".") } : { prefixes, acceptsNonSid: true };
  });
}

/** The argument positions of the call at the end of `names`, or undefined for a chain the table does not check. */
export function chainPositions(names: readonly string[]): readonly ChainPosition[] | undefined {
  return positionsOfChain(normalizeChain(names));
}

/** The argument positions of a table key (`api.v2010.account.calls`), or undefined for a key the table lacks. */
export function positionsOfChain(chain: string): readonly ChainPosition[] | undefined {
  let positions = decoded.get(chain);
  if (positions === undefined) {
    const value = CHAINS.get(chain);
    if (value === undefined) return undefined;
    positions = decode(value);
    decoded.set(chain, positions);
  }
  return positions;
}

/**
 * The prefixes the calls before the last one of a chain take (`CF` for `api.v2010.account.conferences.participants`):
 * the SIDs of the resources the last one sits under.
 */
export function parentPrefixes(chain: string): ReadonlySet<SidPrefix> {
  const found = new Set<SidPrefix>();
  for (let end = chain.indexOf("."); end >= 0; end = chain.indexOf(".", end + 1)) {
    for (const position of positionsOfChain(chain.slice(0, end)) ?? []) for (const prefix of position.prefixes) found.add(prefix);
  }
  return found;
}
