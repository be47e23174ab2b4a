import { describe, expect, it } from "vitest";
import { assertSid, isValidSid, parseSid } from "../../../shared/sid";

describe("SID guards", () => {
  it("accepts well-formed SIDs", () => {
    expect(isValidSid("CA76435fdd9fd2fb20eec51afdcf7e3cc2", "CA")).toBe(true);
    expect(isValidSid("WK023c9f282d8a6721212f8d7c8cb468f1")).toBe(true);
  });

  it("rejects stubs and near misses", () => {
    expect(isValidSid("CA123")).toBe(false);
    expect(isValidSid("CA344a0a04294ae17d348a20b36bc5fe850")).toBe(false);
    expect(isValidSid("CAg00000000000000000000000000000000".slice(0, 34))).toBe(false);
    expect(isValidSid("SMc7600118c7a10e1ef828cbee88201b99", "CA")).toBe(false);
  });

  it("throws on a malformed SID", () => {
    expect(() => assertSid("WK000000000000000000000000000000000", "WK")).toThrow(TypeError);
    expect(() => assertSid("WT00000000000000000000000000000000", "WK")).toThrow(/Expected a WK SID/);
    expect(() => assertSid("", "CA")).toThrow();
  });

  it("parses optional parameters", () => {
    expect(parseSid(undefined, "RM")).toBeUndefined();
    expect(parseSid("visit-42", "RM")).toBeUndefined();
    expect(parseSid("RM32143d472b61f411ed2f6b23a88b77fd", "RM")).toBe("RM32143d472b61f411ed2f6b23a88b77fd");
  });
});
