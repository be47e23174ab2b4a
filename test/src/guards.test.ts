import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertSid, isSid } from "../../src/guards.js";
import { PREFIXES, type SidPrefix } from "../../src/registry.generated.js";

const HEX_BODY = "0123456789abcdef0123456789abcdef";
const callSid = `CA${HEX_BODY}`;
const knownPrefixes = [...PREFIXES.keys()] as SidPrefix[];

describe("isSid", () => {
  it("accepts a well-formed SID of any known prefix, retired ones included", () => {
    for (const prefix of knownPrefixes) {
      const body = PREFIXES.get(prefix)!.body === "alnum" ? "Zz09".repeat(8) : HEX_BODY;
      expect(isSid(`${prefix}${body}`), prefix).toBe(true);
    }
  });

  it("checks the prefix when given one or several", () => {
    expect(isSid(callSid, "CA")).toBe(true);
    expect(isSid(callSid, ["SM", "MM"])).toBe(false);
    expect(isSid(`MM${HEX_BODY}`, ["SM", "MM"])).toBe(true);
  });

  it("rejects non-strings, placeholders, stubs, unknown prefixes and near misses", () => {
    for (const value of [undefined, null, 42, {}, ["CA"], `CA${"X".repeat(32)}`, "AC123", `ZZ${HEX_BODY}`, callSid.slice(0, -1), ` ${callSid}`]) {
      expect(isSid(value), String(value)).toBe(false);
    }
  });

  it("narrows the type", () => {
    const value: unknown = callSid;
    if (isSid(value, "CA")) {
      const narrowed: `CA${string}` = value;
      expect(narrowed).toBe(callSid);
    }
  });

  it("agrees with assertSid on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...knownPrefixes).map((prefix) => `${prefix}${HEX_BODY}`)), (value) => {
        let threw = false;
        try {
          assertSid(value);
        } catch {
          threw = true;
        }
        expect(threw).toBe(!isSid(value));
      }),
    );
  });
});

describe("assertSid", () => {
  it("says what is wrong and what was expected", () => {
    expect(() => assertSid("CA12")).toThrow(
      new TypeError("`CA12` is 4 characters; a Call SID is CA followed by 32 hex digits (34 characters)."),
    );
    expect(() => assertSid(`SM${HEX_BODY}`, "CA")).toThrow(
      new TypeError("`SM0123...def` is a Message SID; expected a Call SID (CA)."),
    );
    expect(() => assertSid(callSid, ["SM", "MM"])).toThrow(
      new TypeError("`CA0123...def` is a Call SID; expected a Message SID (SM or MM)."),
    );
    expect(() => assertSid(`CA${"X".repeat(32)}`)).toThrow(/is a placeholder, not a SID/);
    expect(() => assertSid(42)).toThrow(new TypeError("Expected a Twilio SID string, got number."));
    expect(() => assertSid(null)).toThrow(new TypeError("Expected a Twilio SID string, got null."));
  });

  it("passes well-formed SIDs through", () => {
    expect(() => assertSid(callSid, ["CA"])).not.toThrow();
  });
});
