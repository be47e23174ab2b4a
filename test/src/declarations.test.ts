import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHAINS } from "../../src/chains.generated.js";
import { parentPrefixes } from "../../src/chains.js";
import { DECLARATION_CHAINS, VERSION_METHOD_DECLARATIONS } from "../../src/declarations.generated.js";

/** The twilio release installed for the tests: the one whose layout the table must match. */
const REST = path.join(import.meta.dirname, "../../node_modules/twilio/lib/rest");

describe("DECLARATION_CHAINS", () => {
  it("keys every checked chain's list by the file that declares it", () => {
    expect(DECLARATION_CHAINS.get("api/v2010/account/call")).toBe("api.v2010.account.calls");
    expect(DECLARATION_CHAINS.get("api/v2010/account/conference/participant")).toBe("api.v2010.account.conferences.participants");
    expect(DECLARATION_CHAINS.get("api/v2010/account")).toBe("api.v2010.accounts");
    expect(DECLARATION_CHAINS.get("video/v1/room/participant")).toBe("video.v1.rooms.participants");
    for (const chain of DECLARATION_CHAINS.values()) expect(CHAINS.has(chain), chain).toBe(true);
  });

  it("names one callable list per file of the installed twilio", () => {
    for (const key of DECLARATION_CHAINS.keys()) {
      const file = path.join(REST, `${key}.d.ts`);
      expect(existsSync(file), file).toBe(true);
      const text = readFileSync(file, "utf8");
      const lists = [...text.matchAll(/^export interface (\w+ListInstance) \{$/gm)];
      expect(lists, key).toHaveLength(1);
      // A list is called with the SIDs, unless a version's method takes them.
      const callable = /^ {4}\((?:\w+: \w+(?:, )?)+\): \w+Context;$/m.test(text);
      expect(callable, key).toBe(!VERSION_METHOD_DECLARATIONS.has(key));
    }
  });

  it("knows which lists a version's method returns", () => {
    const roles = readFileSync(path.join(REST, "iam/V1.d.ts"), "utf8");
    expect(VERSION_METHOD_DECLARATIONS.has("iam/v1/rolePermission")).toBe(true);
    expect(roles).toMatch(/^ {4}rolePermission\(\w+: string\): RolePermissionListInstance;$/m);
  });
});

describe("parentPrefixes", () => {
  it("collects what the calls before the last one take", () => {
    expect([...parentPrefixes("api.v2010.account.conferences.participants")]).toEqual(["CF"]);
    expect([...parentPrefixes("sync.v1.services.documents")]).toEqual(["IS"]);
    expect([...parentPrefixes("video.v1.rooms.participants.publishedTracks")].sort()).toEqual(["PA", "RM"]);
    expect([...parentPrefixes("api.v2010.account.calls")]).toEqual([]);
  });
});
