import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HAS_SHARED_TABLES, SHARED_DIR, SKIPPED_WITHOUT_TABLES } from "../../scripts/generators.js";
import { readTsv } from "../../scripts/tsv.js";
import { PATHS } from "../../src/paths.generated.js";
import { PREFIXES } from "../../src/registry.generated.js";
import { findRestPathSids } from "../../src/rest-paths.js";
import { EXPRESSION } from "../../src/sites/site.js";
import { fake } from "../rules/helpers.js";

/** What the finder reports of a text: `prefix@collection->expected`. */
const found = (text: string) =>
  findRestPathSids(text).map(({ start, end, prefix, collection, expected }) => {
    expect(text.slice(start, end)).toMatch(new RegExp(`^${prefix}`));
    return `${prefix}@${collection}->${expected.join(";")}`;
  });

describe("findRestPathSids", () => {
  it.each([
    [`https://api.twilio.com/2010-04-01/Accounts/${fake("AC")}/Calls/${fake("SM")}.json`, ["SM@Calls->CA"]],
    [`/2010-04-01/Accounts/${fake("SK")}/Messages.json`, ["SK@Accounts->AC"]],
    [`video.twilio.com/v1/Rooms/${fake("CA")}`, ["CA@Rooms->RM"]],
    [`https://sync.twilio.com/v1/Services/${fake("IS")}/Maps/${fake("ET")}`, ["ET@Maps->MP"]],
    // Collections without ids (`SIP`), queries and fragments, and a second path in the same text.
    [`https://api.twilio.com/2010-04-01/Accounts/${fake("AC")}/SIP/CredentialLists/${fake("SM")}.json?Page=2 and /2010-04-01/Accounts/${fake("CA")}.json`, ["SM@CredentialLists->CL", "CA@Accounts->AC"]],
    [`https://preview-iam.twilio.com/Organizations/${fake("AC")}/Accounts/${fake("AC")}`, ["AC@Organizations->OR"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    `https://api.twilio.com/2010-04-01/Accounts/${fake("AC")}/Calls/${fake("CA")}.json`,
    `https://api.twilio.com/2010-04-01/Accounts/${fake("AC")}/Conferences/AgentConf12/Participants.json`,
    `https://api.twilio.com/2010-04-01/Accounts/${fake("AC")}/Conferences/${fake("WT")}/Participants/${fake("CA")}.json`,
    `https://example.com/2010-04-01/Accounts/${fake("SK")}/Calls.json`,
    `http://localhost:3000/2010-04-01/Accounts/${fake("SK")}/Calls.json`,
    `${EXPRESSION}/2010-04-01/Accounts/${fake("SK")}/Calls.json`,
    `https://www.twilio.com/console/voice/calls/logs/${fake("SM")}`,
    `https://api.twilio.com/2010-04-01/Accounts/${fake("AC")}/Widgets/${fake("SM")}.json`,
    `https://api.twilio.com/2010-04-01/Accounts/${fake("AC")}/Calls/${fake("SM").slice(1)}.json`,
  ])("stays silent on %s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("never throws, and every SID it reports lies in the text", () => {
    const segment = fc.oneof(
      fc.constantFrom("Accounts", "Calls", "Conferences", "Participants", "Services", "Maps", "v1", "2010-04-01", ".json", ""),
      fc.constantFrom(...[...PREFIXES.keys()].slice(0, 40)).map(fake),
      fc.string({ maxLength: 6 }),
    );
    const text = fc
      .tuple(fc.constantFrom("https://api.twilio.com", "video.twilio.com", "", " /", "x.twilio.com"), fc.array(segment, { maxLength: 10 }))
      .map(([host, segments]) => `${host}/${segments.join("/")}`);
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        const joined = texts.join(" ");
        for (const sid of findRestPathSids(joined)) expect(joined.slice(sid.start, sid.end)).toHaveLength(34);
      }),
      { numRuns: 500 },
    );
  });
});

describe.runIf(HAS_SHARED_TABLES)("REST path table against the fact tables", () => {
  it("serves every position from a host Twilio's resources live on", () => {
    const hosts = new Set(readTsv(SHARED_DIR, "prefixes.tsv").flatMap((row) => row.domains!.split(";")));
    for (const [key, value] of PATHS) {
      if (value.split(">")[0]) expect(hosts, key).toContain(key.split("|")[0]);
    }
  });

  it("names only prefixes the registry knows", () => {
    for (const value of PATHS.values()) {
      for (const prefix of value.split(">")[0]!.split(";").filter(Boolean)) expect(PREFIXES.has(prefix), prefix).toBe(true);
    }
  });
});
it.runIf(!HAS_SHARED_TABLES)("says it skipped the REST path table check", () => console.warn(SKIPPED_WITHOUT_TABLES));
