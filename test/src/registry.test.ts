import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generators, HAS_SHARED_TABLES, SHARED_DIR, SKIPPED_WITHOUT_TABLES } from "../../scripts/generators.js";
import { readTsv } from "../../scripts/tsv.js";
import { sidName } from "../../src/names.js";
import {
  EVERYDAY_STEMS,
  POLYMORPHIC_STEMS,
  PREFIXES,
  QUALIFIER_PREFIXES,
  STEM_PREFIXES,
} from "../../src/registry.generated.js";


describe("generated files", () => {
  it.skipIf(!HAS_SHARED_TABLES).each(generators)("$path matches a fresh generation from the fact tables", ({ path, generate }) => {
    const committed = readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), "utf8");
    expect(committed, `${path} is stale: run \`npm run generate\` and commit`).toBe(generate(SHARED_DIR));
  });

  it.runIf(!HAS_SHARED_TABLES)("says it skipped the drift check", () => {
    console.warn(SKIPPED_WITHOUT_TABLES);
  });
});

describe.runIf(HAS_SHARED_TABLES)("registry against the fact tables", () => {
  it("knows all 184 spec prefixes, the live one the spec lacks and the 13 retired ones", () => {
    const specPrefixes = readTsv(SHARED_DIR, "prefixes.tsv").map((row) => row.prefix!);
    const extraPrefixes = readTsv(SHARED_DIR, "extra_prefixes.tsv").map((row) => row.prefix!);
    const retiredPrefixes = readTsv(SHARED_DIR, "retired_prefixes.tsv").map((row) => row.prefix!);
    expect(specPrefixes).toHaveLength(184);
    expect(extraPrefixes).toEqual(["EH"]);
    expect(retiredPrefixes).toHaveLength(13);
    for (const prefix of [...specPrefixes, ...extraPrefixes]) expect(PREFIXES.get(prefix)?.retired, prefix).toBe(false);
    for (const prefix of retiredPrefixes) expect(PREFIXES.get(prefix)?.retired, prefix).toBe(true);
    expect(PREFIXES.size).toBe(184 + 1 + 13);
  });

  it("adds every prefix Twilio's webhooks send under a name to that name's stem", () => {
    for (const row of readTsv(SHARED_DIR, "webhook_params.tsv")) {
      const meaning = sidName(row.name!);
      // Polymorphic names (`ResourceSid`) take any prefix already.
      if (meaning?.prefixes === undefined) continue;
      for (const prefix of row.prefixes!.split(" ")) expect(meaning.prefixes, `${row.name} (${row.context})`).toContain(prefix);
    }
  });
});

describe("registry", () => {
  it("names resources readably for messages", () => {
    expect(PREFIXES.get("CA")?.name).toBe("Call");
    expect(PREFIXES.get("SM")?.name).toBe("Message");
    expect(PREFIXES.get("MM")?.name).toBe("Message");
    expect(PREFIXES.get("MG")?.name).toBe("Messaging Service");
    expect(PREFIXES.get("RT")?.name).toBe("Recording (Video)");
    expect(PREFIXES.get("FL")).toMatchObject({ name: "Fleet", product: "Deployed Devices", retired: true });
  });

  it("gives every prefix a hex body but OQ, whose body is any letter or digit", () => {
    const alnum = [...PREFIXES].filter(([, record]) => record.body === "alnum").map(([prefix]) => prefix);
    expect(alnum).toEqual(["OQ"]);
  });

  it("maps stems to the prefixes the spec and the resources' identities give them", () => {
    expect(STEM_PREFIXES.get("call")).toEqual(["CA"]);
    expect(STEM_PREFIXES.get("message")).toEqual(["IM", "MM", "SM"]);
    expect(STEM_PREFIXES.get("member")).toEqual(["CA", "MB"]);
    expect(STEM_PREFIXES.get("participant")).toEqual(expect.arrayContaining(["CA", "CP", "KP", "MB", "PA", "UT"]));
    expect(STEM_PREFIXES.get("recording")).toEqual(["KV", "RE", "RT"]);
    expect(STEM_PREFIXES.get("fleet")).toEqual(["FL", "HF"]);
    expect(STEM_PREFIXES.get("device")).toEqual(["DE", "TH"]);
    expect(STEM_PREFIXES.get("api key")).toEqual(["SK"]);
    expect(STEM_PREFIXES.get("messaging service")).toEqual(["MG"]);
  });

  it("lets a stem admit resources whose name ends with it, not sub-resources of another resource", () => {
    expect(STEM_PREFIXES.get("campaign")).toEqual(["CM", "QE"]);
    expect(STEM_PREFIXES.get("template")).toEqual(["HJ", "HX"]);
    // A Sync Stream Message (TZ) and a User Defined Message (KX) belong to a stream and a call.
    expect(STEM_PREFIXES.get("message")).toEqual(["IM", "MM", "SM"]);
  });

  it("lets a short stem admit what longer stems ending with it hold", () => {
    expect(STEM_PREFIXES.get("queue")).toEqual(["QU", "WQ"]);
    expect(STEM_PREFIXES.get("list")).toEqual(expect.arrayContaining(["AL", "CL", "ES"]));
  });

  it("marks generic names polymorphic and keeps them out of the stem table", () => {
    for (const stem of ["", "resource", "object", "source", "actor", "parent", "entity", "target"]) {
      expect(POLYMORPHIC_STEMS.has(stem), stem).toBe(true);
      expect(STEM_PREFIXES.has(stem), stem).toBe(false);
    }
    expect(POLYMORPHIC_STEMS.has("service")).toBe(false);
  });

  it("lists only everyday words that are stems of the table", () => {
    for (const stem of EVERYDAY_STEMS) expect(STEM_PREFIXES.has(stem), stem).toBe(true);
  });

  it("knows which prefixes each product word covers", () => {
    expect(QUALIFIER_PREFIXES.get("verify")).toContain("VA");
    expect(QUALIFIER_PREFIXES.get("sync")).toContain("IS");
    expect(QUALIFIER_PREFIXES.get("sync")).not.toContain("VA");
  });
});
