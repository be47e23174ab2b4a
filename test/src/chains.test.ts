import { describe, expect, it } from "vitest";
import { HAS_SHARED_TABLES, SHARED_DIR, SKIPPED_WITHOUT_TABLES } from "../../scripts/generators.js";
import { readTsv } from "../../scripts/tsv.js";
import { chainPositions, normalizeChain, POSITION_METHODS } from "../../src/chains.js";
import { describePrefixes } from "../../src/messages.js";
import { CHAINS } from "../../src/chains.generated.js";
import { PREFIXES } from "../../src/registry.generated.js";

const rows = HAS_SHARED_TABLES ? readTsv(SHARED_DIR, "node_chains_detail.tsv") : [];
/** `non_sid_positions.tsv` by `domain.version.chain`: what `unknown` rows take besides SIDs. */
const nonSid = new Map(
  (HAS_SHARED_TABLES ? readTsv(SHARED_DIR, "non_sid_positions.tsv") : []).map((row) => [
    `${row.domain_property}.${row.version_property}.${row.chain}`,
    row,
  ]),
);

/** What a row's one position should decode to besides its prefixes. */
function nonSidOf(row: Record<string, string>): { acceptsNonSid: boolean; nonSidOnlyBefore?: string[] } {
  const resolved = nonSid.get(`${row.domain_property}.${row.version_property}.${row.chain}`);
  // Unsourced rows may take a non-SID; a row that takes one fixed literal (`Twilio.CURRENT`) takes no other.
  if (!resolved) return { acceptsNonSid: row.accepts_non_sid !== "no" };
  if (resolved.accepts!.startsWith("literal ")) return { acceptsNonSid: false };
  return resolved.only_when!.includes(".participants.create(")
    ? { acceptsNonSid: true, nonSidOnlyBefore: ["participants", "create"] }
    : { acceptsNonSid: true };
}

/** The property names a caller writes for a row: `calls`, `sync.services`, `sync.v1.services`. */
function written(row: Record<string, string>): string[] {
  const chain = row.chain!.split(".");
  if (row.domain_property === "root") return chain;
  if (row.version_property === "-") return [row.domain_property!, ...chain];
  return [row.domain_property!, row.version_property!, ...chain];
}

const sorted = (cell: string) => cell.split(";").filter(Boolean).sort();

// The two spec errors the generator corrects.
const CORRECTED: Record<string, string[]> = {
  "intelligence.v2.services": ["GA"],
  "intelligence.v2.operatorAttachments": ["GA"],
  "numbers.v2.applications": ["AP", "WF"],
};

describe("chain table", () => {
  it.runIf(!HAS_SHARED_TABLES)("says it skipped the row-by-row check", () => {
    console.warn(SKIPPED_WITHOUT_TABLES);
  });

  it.skipIf(!HAS_SHARED_TABLES).each(rows.map((row) => [written(row).join("."), row] as const))("%s", (_, row) => {
    const positions = chainPositions(written(row));
    const args = row.args!.split(",");
    if (args.length > 1) {
      if (positions) expect(positions).toHaveLength(args.length);
      return;
    }
    const expected = sorted(row.prefixes || row.inferred_prefixes!);
    if (row.map_status === "not-in-spec" || expected.length === 0) {
      expect(positions).toBeUndefined();
      return;
    }
    const canonical = row.resolves_to!;
    // `previewIam.~Versionless.organization`: reachable only as written.
    if (!canonical.includes("~")) expect(normalizeChain(written(row))).toBe(normalizeChain(canonical.split(".")));
    expect(positions).toEqual([{ prefixes: CORRECTED[canonical] ?? expected, ...nonSidOf(row) }]);
  });

  it("names only prefixes the registry knows", () => {
    for (const value of CHAINS.values()) {
      for (const prefix of value.replaceAll(/\*[\w.]*/g, "").split(/[,;]/).filter(Boolean)) expect(PREFIXES.has(prefix)).toBe(true);
    }
  });

  it("knows a conference's friendly name works only for creating participants", () => {
    expect(chainPositions(["conferences"])).toEqual([{ prefixes: ["CF"], acceptsNonSid: true, nonSidOnlyBefore: ["participants", "create"] }]);
    expect(chainPositions(["calls", "recordings"])).toEqual([{ prefixes: ["RE"], acceptsNonSid: false }]);
  });

  it("keys chains by the whole chain, not the method", () => {
    expect(chainPositions(["conferences", "participants"])?.[0]?.prefixes).toEqual(["CA"]);
    expect(chainPositions(["video", "v1", "rooms", "participants"])?.[0]?.prefixes).toEqual(["PA"]);
    expect(chainPositions(["proxy", "v1", "services", "sessions", "participants"])?.[0]?.prefixes).toEqual(["KP"]);
    expect(chainPositions(["participants"])).toBeUndefined();
    expect(POSITION_METHODS.has("participants")).toBe(true);
  });

  it("folds accounts into account and expands shortcuts", () => {
    expect(normalizeChain(["api", "v2010", "accounts", "calls"])).toBe("api.v2010.account.calls");
    expect(normalizeChain(["api", "accounts", "calls"])).toBe("api.v2010.account.calls");
    expect(normalizeChain(["calls", "recordings"])).toBe("api.v2010.account.calls.recordings");
    expect(normalizeChain(["sync", "services", "documents"])).toBe("sync.v1.services.documents");
    expect(normalizeChain(["api", "v2010", "accounts"])).toBe("api.v2010.accounts");
  });

  it("leaves chains it does not know unchecked", () => {
    expect(chainPositions(["preview", "deployedDevices", "fleets"])).toBeUndefined();
    expect(chainPositions(["autopilot", "v1", "assistants"])).toBeUndefined();
    expect(chainPositions(["conversations", "v2", "participants"])).toBeUndefined();
    expect(chainPositions([])).toBeUndefined();
  });

  it("describes prefix sets by resource", () => {
    expect(describePrefixes(["CA"], { ellipsis: true })).toBe("a Call SID (CA...)");
    expect(describePrefixes(["MM", "SM"], { ellipsis: true })).toBe("a Message SID (MM... or SM...)");
  });
});
