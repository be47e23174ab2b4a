import { describe, expect, it } from "vitest";
import { looksLikeSid } from "../src/functions/utils/sid.private";

describe("looksLikeSid", () => {
  it("accepts a task SID", () => {
    expect(looksLikeSid("WT33deedee1e2f2c3d7314c12b38e4632b", "WT")).toBe(true);
  });

  it("rejects what only resembles one", () => {
    expect(looksLikeSid("WT123", "WT")).toBe(false);
    expect(looksLikeSid("WTd7955d9e5fe5b9c91e3c37dc01f01bc4".slice(0, 33), "WT")).toBe(false);
    expect(looksLikeSid("WTzz000000000000000000000000000000", "WT")).toBe(false);
    expect(looksLikeSid("call-CAac1ef64e164422e7339444656dcbcc1a", "CA")).toBe(false);
  });
});
