import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifySid, findEmbeddedSids, SID_BODY_LENGTH, SID_LENGTH, type SidClass } from "../../src/classify.js";
import { describeSidProblem } from "../../src/messages.js";
import { PREFIXES } from "../../src/registry.generated.js";

const BODY = "0123456789abcdef".repeat(2);
const ALNUM_BODY = "0123456789abcdefghijKLMNOPQRSTUV";
const bodyFor = (prefix: string) => (PREFIXES.get(prefix)!.body === "alnum" ? ALNUM_BODY : BODY);

/** The class and, for near misses, the problem and certainty: what tests compare. */
function summary(sid: SidClass): string {
  if (sid.kind !== "near-miss") return sid.kind;
  return `near-miss:${sid.problem.type}:${sid.certain ? "certain" : "doubt"}`;
}

const hexChar = fc.constantFrom(..."0123456789abcdefABCDEF");
const knownPrefix = fc.constantFrom(...PREFIXES.keys());
/** A well-formed SID of a known prefix, its body drawn from what the prefix's body kind allows. */
const wellFormed = knownPrefix.chain((prefix) =>
  PREFIXES.get(prefix)!.body === "alnum"
    ? fc.stringMatching(/^[0-9A-Za-z]{32}$/).map((body) => prefix + body)
    : fc.array(hexChar, { minLength: SID_BODY_LENGTH, maxLength: SID_BODY_LENGTH }).map((body) => prefix + body.join("")),
);
/** Characters that are not hex digits, nor letters or digits. */
const nonHexNonAlnum = fc.constantFrom(..."-_ .:/#!$%*+=?@~\u00e9\u00a0\u200b\u{1F600}");
const nonHex = fc.oneof(nonHexNonAlnum, fc.constantFrom(..."gGoOzZxX"));

describe("classifySid", () => {
  it.each([
    ["a well-formed SID", `AC${BODY}`, "sid"],
    ["Twilio's all-a example", `AC${"a".repeat(32)}`, "sid"],
    ["an all-zero example", `CA${"0".repeat(32)}`, "sid"],
    ["an alnum-body SID", `OQ${ALNUM_BODY}`, "sid"],
    ["a full placeholder", `AC${"X".repeat(32)}`, "placeholder"],
    ["a full lowercase placeholder", `SK${"x".repeat(32)}`, "placeholder"],
    ["a numeric stub", "AC123", "stub"],
    ["an x stub", "ACxxx", "stub"],
    ["a one-digit stub", "WK1", "stub"],
    ["a short X run", "PNXXXX", "stub"],
    ["a 33-character copy", `AC${BODY.slice(1)}`, "near-miss:length:certain"],
    ["a 35-character copy", `AC${BODY}f`, "near-miss:length:certain"],
    ["a 30-character copy", `AC${BODY.slice(4)}`, "near-miss:length:certain"],
    ["an uppercase-hex 33-character string", `CA${BODY.slice(1).toUpperCase()}`, "near-miss:length:doubt"],
    ["an O for a 0", `ACO${BODY.slice(1)}`, "near-miss:character:certain"],
    ["two bad characters", `ACOO${BODY.slice(2)}`, "near-miss:character:certain"],
    ["a lowercase prefix", `ca${BODY}`, "near-miss:lowercase-prefix:doubt"],
    ["a leading space", ` AC${BODY}`, "near-miss:whitespace:certain"],
    ["a trailing tab", `AC${BODY}\t`, "near-miss:whitespace:certain"],
    ["a trailing line break", `AC${BODY}\n`, "near-miss:whitespace:doubt"],
    ["a short X placeholder", `AC${"X".repeat(31)}`, "near-miss:placeholder-length:certain"],
    ["a long x placeholder", `AC${"x".repeat(36)}`, "near-miss:placeholder-length:certain"],
    ["an unknown prefix", `ZZ${BODY}`, "near-miss:unknown-prefix:certain"],
    ["an unknown prefix over uppercase hex", `ZZ${BODY.toUpperCase()}`, "near-miss:unknown-prefix:doubt"],
    ["three bad characters", `ACOOO${BODY.slice(3)}`, "not-sid"],
    ["five characters too long", `AC${BODY}abcde`, "not-sid"],
    ["an empty string", "", "not-sid"],
    ["a prefix alone", "AC", "not-sid"],
    ["whitespace around a near miss", ` AC${BODY.slice(1)} `, "not-sid"],
    ["a SID with a suffix after an underscore", `AC${BODY}_1`, "not-sid"],
    ["a SID with a suffix after a hyphen", `AC${BODY}-v2`, "not-sid"],
  ])("%s", (_, text, expected) => {
    expect(summary(classifySid(text))).toBe(expected);
  });

  it("reads Twilio's paging tokens (PA and the last SID of a page) as no SID", () => {
    expect(classifySid(`PAMM${"c2".repeat(16)}`).kind).toBe("not-sid");
    expect(classifySid(`PACA${"0a".repeat(16)}`).kind).toBe("not-sid");
    // Two characters over, but not a SID after PA: a slip as before.
    expect(classifySid(`PA${"0a".repeat(17)}`)).toMatchObject({ kind: "near-miss", certain: true });
  });

  it("is in doubt about a body both of the wrong length and with a stray character: some other id", () => {
    expect(classifySid(`GTI9${"30".repeat(16)}`)).toMatchObject({ kind: "near-miss", problem: { type: "length" }, certain: false });
    expect(classifySid(`GT9${"30".repeat(16)}`)).toMatchObject({ kind: "near-miss", problem: { type: "length" }, certain: true });
  });

  it("is in doubt about the length of a body of letters and digits: base64 data is made of such runs", () => {
    // From jschardet's bundled model, between a `+` and a `/` of its base64 text.
    expect(classifySid("OQTAWMVDCBCZXNNKIyA1L5zwheTsM2OqgyEvv")).toMatchObject({ kind: "near-miss", problem: { type: "length" }, certain: false });
    expect(classifySid(`OQ${ALNUM_BODY.slice(1)}`)).toMatchObject({ kind: "near-miss", problem: { type: "length" }, certain: false });
    // The right length with a character no body takes is still a slip.
    expect(classifySid(`OQ${ALNUM_BODY.slice(1)}.`)).toMatchObject({ kind: "near-miss", problem: { type: "character" }, certain: true });
  });

  it("points at the first bad character", () => {
    expect(classifySid(`AC0123O${BODY.slice(5)}`)).toMatchObject({ problem: { type: "character", index: 6, character: "O" } });
  });

  it("reports a whole astral character, not half a surrogate pair", () => {
    expect(classifySid(`AC\u{1F600}${BODY.slice(2)}`)).toMatchObject({ problem: { character: "\u{1F600}" } });
  });

  // Strings that look like SIDs to a careless eye: hashes, secrets, ids. None may be a certain near miss.
  const NOT_SIDS: [string, string][] = [
    ["MD5", "d41d8cd98f00b204e9800998ecf8427e"],
    ["MD5 uppercase", "D41D8CD98F00B204E9800998ECF8427E"],
    ["MD5 uppercase starting like a prefix", "CAF1D8CD98F00B204E9800998ECF8427"],
    ["SHA-1", "da39a3ee5e6b4b0d3255bfef95601890afd80709"],
    ["SHA-1 uppercase", "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709"],
    ["SHA-256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["SHA-256 uppercase", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"],
    ["base64", "QUMwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZg=="],
    ["base64 of 34 characters", "ACdGhpcyBpcyBub3QgYSBzaWQgYXQgYWxs"],
    ["base32 secret", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"],
    ["base32 secret with a prefix start", "ACSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"],
    ["JWT", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"],
    ["UUID", "550e8400-e29b-41d4-a716-446655440000"],
    ["UUID uppercase", "550E8400-E29B-41D4-A716-446655440000"],
    ["UUID without dashes", "550e8400e29b41d4a716446655440000"],
    ["UUID without dashes, uppercase, prefix start", "CA0E8400E29B41D4A716446655440000"],
    ["camelCase words", "accountSidForTheMainSubaccount"],
    ["PascalCase words", "CallStatusCallbackEventHandlerName"],
    ["SCREAMING_CASE", "TWILIO_ACCOUNT_SID_FOR_PRODUCTION"],
    ["friendly name", "Acme Support Line (production)"],
    ["URL", "https://api.twilio.com/2010-04-01/Accounts.json"],
    ["long alphanumeric id", "ch_3MtwBwLkdIwHu7ix28a3tqPa0123abcd"],
    ["Stripe-like key", "AKIAIOSFODNN7EXAMPLEwJalrXUtnFEMIK7MDENG"],
    ["minified identifier run", "ACDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"],
    ["base62 token with a prefix start", "SK9fT2kLmN4pQ7rS1uV3wX5yZ8aB0cD2eF"],
    ["hex color list", "#ACACAC #DEDEDE #CACACA #FAFAFA"],
    ["IBAN", "DE89370400440532013000"],
  ];

  it.each(NOT_SIDS)("%s is never a certain near miss", (_, text) => {
    const sid = classifySid(text);
    expect(sid.kind === "near-miss" && sid.certain, summary(sid)).toBe(false);
    for (const embedded of findEmbeddedSids(text)) {
      expect(embedded.sid.kind === "near-miss" && embedded.sid.certain, summary(embedded.sid)).toBe(false);
    }
  });

  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), (text) => {
        classifySid(text);
        findEmbeddedSids(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on lone surrogates or very long strings", () => {
    for (const text of ["\ud800", `AC${"\udc00".repeat(32)}`, `AC\ud800${BODY.slice(1)}`, `AC${BODY}`.repeat(30_000), "X".repeat(1e6)]) {
      expect(() => classifySid(text)).not.toThrow();
      expect(() => findEmbeddedSids(text)).not.toThrow();
    }
  });

  it("classifies every well-formed SID of every known prefix as a sid", () => {
    for (const prefix of PREFIXES.keys()) expect(classifySid(prefix + bodyFor(prefix)).kind, prefix).toBe("sid");
    fc.assert(fc.property(wellFormed, (text) => classifySid(text).kind === "sid"), { numRuns: 2000 });
  });

  it("never classifies a single-character mutation of a SID as a sid", () => {
    const mutation = fc.tuple(wellFormed, fc.nat(), nonHex, fc.constantFrom("drop", "insert", "replace"));
    fc.assert(
      fc.property(mutation, ([text, at, character, how]) => {
        // Replacing a prefix letter can make another known prefix; a body position is where the damage counts.
        const index = how === "replace" ? 2 + (at % SID_BODY_LENGTH) : at % text.length;
        // An alnum body takes letters: only characters outside letters and digits break it.
        if (PREFIXES.get(text.slice(0, 2))!.body === "alnum" && /[A-Za-z]/.test(character)) return;
        const mutated =
          how === "drop"
            ? text.slice(0, index) + text.slice(index + 1)
            : how === "insert"
              ? text.slice(0, index) + character + text.slice(index)
              : text.slice(0, index) + character + text.slice(index + 1);
        expect(classifySid(mutated).kind, mutated).not.toBe("sid");
      }),
      { numRuns: 3000 },
    );
  });

  it("describes every class but a sid in a full sentence", () => {
    const texts = ["hello", "AC123", `AC${"X".repeat(32)}`, `AC${BODY.slice(1)}`, `ACO${BODY.slice(1)}`, `ca${BODY}`, ` AC${BODY}`];
    for (const text of [...texts, `AC${"X".repeat(30)}`, `ZZ${BODY}`, `OQ${ALNUM_BODY.slice(1)}-`]) {
      expect(describeSidProblem(text, classifySid(text))).toMatch(/^`.+\.$/);
    }
    expect(describeSidProblem(`AC${BODY}`, classifySid(`AC${BODY}`))).toBeUndefined();
    const short = `CA${BODY.slice(0, -1)}`;
    expect(describeSidProblem(short, classifySid(short))).toBe(
      "`CA0123...cde` is 33 characters; a Call SID is CA followed by 32 hex digits (34 characters).",
    );
  });
});

describe("findEmbeddedSids", () => {
  it("finds delimited SIDs with their offsets, leaving out stubs and non-SIDs", () => {
    const url = `/2010-04-01/Accounts/AC${BODY.slice(1)}/Calls/CA${BODY}.json?x=AC123&y=${"q".repeat(34)}`;
    expect(findEmbeddedSids(url).map(({ start, end, sid }) => [start, end, summary(sid)])).toEqual([
      [21, 54, "near-miss:length:certain"],
      [61, 61 + SID_LENGTH, "sid"],
    ]);
  });

  it("ignores runs too long to be one SID", () => {
    expect(findEmbeddedSids(`x AC${BODY}${BODY} y`)).toEqual([]);
  });

  it("is empty for short strings", () => {
    expect(findEmbeddedSids("AC0123")).toEqual([]);
  });
});
