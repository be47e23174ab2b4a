import type { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { lint, LINTERS, plugin } from "./harness.js";

// Code that gives every rule something to look at, so options read lazily are read.
const CODE = [
  `const callSid = "CA0123456789abcdef0123456789abcdeg";`,
  `const accountSid = "CA0123456789abcdef0123456789abcdef";`,
  `client.calls("AC0123456789abcdef0123456789abcdef").fetch();`,
].join("\n");

/** The parts of an option's JSON schema these tests read. */
interface PropertySchema {
  type?: string;
  format?: string;
  description?: string;
  items?: PropertySchema;
}

/** The option properties of a rule's (single, object) schema. */
function optionProperties(schema: unknown): [string, PropertySchema][] {
  const first = (Array.isArray(schema) ? schema[0] : undefined) as { properties?: Record<string, PropertySchema> } | undefined;
  return Object.entries(first?.properties ?? {});
}

/** A value of the wrong JSON type for a property. */
function wrongValue(property: PropertySchema): unknown {
  switch (property.type) {
    case "boolean":
      return "yes";
    case "array":
      return "not a list";
    case "string":
      return 1;
    case "number":
    case "integer":
      return "1";
    default:
      return [];
  }
}

/** Options that take regular expressions, by schema format or by what their description says. */
function isPatternOption(property: PropertySchema): boolean {
  return (
    property.format === "regex" ||
    property.items?.format === "regex" ||
    /regular expression/i.test(property.description ?? "")
  );
}

const { plugins } = plugin.configs.all as Linter.Config;

function lintWith(linter: Linter, ruleName: string, options: unknown): void {
  lint(CODE, "config.js", [{ plugins, rules: { [`twilio-sid/${ruleName}`]: ["error", options] } }], linter);
}

const RULES = Object.entries(plugin.rules);
const PROPERTIES = RULES.flatMap(([name, rule]) =>
  optionProperties(rule.meta?.schema).map(([key, property]) => ({ name, key, property })),
);
const PATTERN_OPTIONS = PROPERTIES.filter(({ property }) => isPatternOption(property));

describe.each(LINTERS)("bad configuration is refused with a clear error (%s)", (_, linter) => {
  it.each(RULES.map(([name]) => name))("%s refuses an unknown option", (name) => {
    expect(() => lintWith(linter, name, { notAnOption: true })).toThrow(`twilio-sid/${name}`);
  });

  it.each(RULES.map(([name]) => name))("%s accepts its defaults", (name) => {
    expect(() => lintWith(linter, name, {})).not.toThrow();
  });

  it.each(PROPERTIES)("$name refuses a wrong type for $key", ({ name, key, property }) => {
    expect(() => lintWith(linter, name, { [key]: wrongValue(property) })).toThrow(`twilio-sid/${name}`);
  });

  it.each(PATTERN_OPTIONS)("$name names the rule and the pattern when $key holds an invalid regex", ({ name, key, property }) => {
    const pattern = "([unclosed";
    const value = property.type === "array" ? [pattern] : pattern;
    let error: unknown;
    try {
      lintWith(linter, name, { [key]: value });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(Error);
    const { message } = error as Error;
    expect(message).toContain(`twilio-sid/${name}`);
    expect(message).toMatch(/regex|regular expression/i);
    expect(message).not.toMatch(/^SyntaxError/);
  });
});

describe("the option inventory", () => {
  it("finds the rules and the options that take patterns, so the tests above have cases", () => {
    expect(RULES.length).toBeGreaterThan(0);
    expect(PATTERN_OPTIONS.length).toBeGreaterThan(0);
  });
});
