import { describe, expect, it } from "vitest";
import { templateType } from "../../scripts/generate-types.js";

describe("templateType", () => {
  it("gives each placeholder a type parameter, in order of first appearance", () => {
    expect(templateType("M", "`{{value}}` is {{length}}; {{value}} again.")).toBe(
      "export type M<Value extends Text, Length extends Text> = `\\`${Value}\\` is ${Length}; ${Value} again.`;",
    );
  });

  it("escapes what a template literal type would read as syntax or normalize", () => {
    expect(templateType("M", "a\\b ${c} \r\n")).toBe("export type M = `a\\\\b \\${c} \\u000d\\u000a`;");
  });

  it("writes a template without placeholders as a plain type", () => {
    expect(templateType("M", "Nothing to fill.")).toBe("export type M = `Nothing to fill.`;");
  });

  it("refuses a placeholder that cannot name a type parameter", () => {
    expect(() => templateType("M", "{{text}}")).toThrow("{{text}} of M cannot name a type parameter");
    expect(() => templateType("M", "{{1st}}")).toThrow("{{1st}} of M cannot name a type parameter");
  });
});
