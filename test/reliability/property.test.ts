import fc from "fast-check";
import { describe, it } from "vitest";
import { PREFIXES } from "../../src/registry.generated.js";
import { expectSaneReports, lint, LINTERS } from "./harness.js";

const linter = LINTERS[0][1];
const prefixes = [...PREFIXES.keys()];

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const hexDigit = fc.constantFrom(..."0123456789abcdefABCDEF");

/** Strings around the classifier's edges: a known prefix, then a body near 32 characters, maybe one bad unit. */
const sidLike = fc
  .tuple(
    fc.constantFrom(...prefixes),
    fc.string({ unit: hexDigit, minLength: 24, maxLength: 40 }),
    fc.option(codeUnit),
    fc.nat(),
    fc.boolean(),
  )
  .map(([prefix, body, stray, at, lower]) => {
    const text = stray === null ? body : body.slice(0, at % (body.length + 1)) + stray + body.slice(at % (body.length + 1));
    return (lower ? prefix.toLowerCase() : prefix) + text;
  });

const anyString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: codeUnit, maxLength: 80 }) },
  { weight: 3, arbitrary: sidLike },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  // Long values: repeated SID-like chunks, up to about 100k characters.
  { weight: 1, arbitrary: fc.tuple(sidLike, fc.integer({ min: 1, max: 3000 })).map(([text, times]) => `${text} `.repeat(times)) },
);

/** A SID-ish binding name: known and unknown stems in every case style. */
const name = fc
  .tuple(
    fc.constantFrom("call", "account", "messagingService", "conference", "participant", "resource", "foo", "x"),
    fc.constantFrom("Sid", "Sids", "_sid", "SID", "Id", ""),
  )
  .map(([stem, suffix]) => stem + suffix);

/** Escapes a string for the inside of a template literal. */
function templateText(text: string): string {
  return text.replace(/[`\\]|\$\{/g, (match) => `\\${match}`);
}

/** Programs with the value in every position a rule checks; `S` is the value as a string literal. */
const PROGRAMS: readonly ((S: string, raw: string, n: string) => string)[] = [
  (S, _, n) => `const ${n} = ${S};`,
  (S, _, n) => `let ${n}; ${n} = ${S}; ${n} ??= ${S};`,
  (S, _, n) => `const o = { ${n}: ${S}, [${S}]: ${S}, ${S}: 1, nested: { sid: ${S} } };`,
  (S, _, n) => `o.${n} = ${S}; o[${S}] = ${S};`,
  (S, _, n) => `function f(${n} = ${S}) { return ${n} === ${S}; }`,
  (S, _, n) => `class C { ${n} = ${S}; static ${n} = ${S}; #${n} = ${S}; }`,
  (S) => `client.calls(${S}).fetch(); client.api.v2010.accounts(${S}).calls(${S}).update({ status: ${S} });`,
  (S, _, n) => `client.messages.create({ ${n}: ${S}, messagingServiceSid: ${S}, to: ${S} });`,
  (S) => `client?.conferences?.(${S})?.participants(${S}).fetch(); client["calls"](${S});`,
  (S) => `const list = [${S}, , ${S}]; switch (x) { case ${S}: break; }`,
  (S) => `export const t = \`${"${a}"}${""}\` + ${S};`,
  (_, raw, n) => `const ${n} = \`${raw}\`; const u = \`/Accounts/${"${a}"}/${raw}\`; String.raw\`${raw}\`;`,
  // Values followed by name and through variables into bindings, parameters and client calls.
  (S, _, n) => `const A = ${S}; const b = A; function f(${n}, { workerSid } = {}) { return client.calls(${n}); } f(b, { workerSid: A });`,
  (S, _, n) => `const { ${n}: local = ${S}, ...rest } = process.env; const x = { ${n}: local ?? (rest.TWILIO_CALL_SID || ${S}) };`,
  (S, _, n) => `const { calls } = client; calls(${n} ? req.body.MessageSid : ${S}); const ${n}2 = event[${S}];`,
];

const TS_PROGRAMS: readonly ((S: string, raw: string, n: string) => string)[] = [
  (S, _, n) => `type T = ${S}; interface I { ${n}: ${S}; } declare const ${n}: ${S};`,
  (S, _, n) => `enum E { A = ${S}, ${S} = 1 } const ${n}: string = ${S} as const;`,
  (S, _, n) => `class C { constructor(private ${n}: string = ${S}) {} }`,
];

describe("arbitrary strings in every checked position", () => {
  it("never throw and report only inside the file (JavaScript)", () => {
    fc.assert(
      fc.property(anyString, name, fc.nat(PROGRAMS.length - 1), (value, binding, which) => {
        const code = PROGRAMS[which]!(JSON.stringify(value), templateText(value), binding);
        expectSaneReports(linter, lint(code, "property.js"));
      }),
      { numRuns: 400 },
    );
  });

  it("never throw and report only inside the file (TypeScript)", () => {
    fc.assert(
      fc.property(anyString, name, fc.nat(TS_PROGRAMS.length - 1), (value, binding, which) => {
        const code = TS_PROGRAMS[which]!(JSON.stringify(value), templateText(value), binding);
        expectSaneReports(linter, lint(code, "property.ts"));
      }),
      { numRuns: 200 },
    );
  });

  it("never throw and report only inside the file (JSX attributes and text)", () => {
    // JSX has no escapes: keep to values its text and attributes can hold.
    const jsxSafe = anyString.map((value) => value.replace(/[<>{}"&]/g, " "));
    fc.assert(
      fc.property(jsxSafe, name, (value, binding) => {
        const code = `const el = <Call ${binding}="${value}" sid={${JSON.stringify(value)}}>${value}</Call>;`;
        expectSaneReports(linter, lint(code, "property.jsx"));
      }),
      { numRuns: 200 },
    );
  });

  it("never throw and report only inside the file (JSON)", () => {
    fc.assert(
      fc.property(anyString, name, (value, binding) => {
        const code = JSON.stringify({ [binding]: value, [value]: [value, { sid: value }] }, null, 2);
        expectSaneReports(linter, lint(code, "property.json"));
      }),
      { numRuns: 200 },
    );
  });
});
