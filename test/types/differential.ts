import fc from "fast-check";
import { PREFIXES } from "../../src/registry.generated.js";

// Strings for the differential test of the type-level validator against the runtime guard: well-formed SIDs of
// every prefix, and the near misses around them where the two could disagree.

const HEX = "0123456789abcdefABCDEF";
const ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const prefixes = [...PREFIXES.keys()];

function body(prefix: string): fc.Arbitrary<string> {
  const chars = PREFIXES.get(prefix)!.body === "alnum" ? ALNUM : HEX;
  return fc.string({ unit: fc.constantFrom(...chars), minLength: 32, maxLength: 32 });
}

const wellFormed = fc.constantFrom(...prefixes).chain((prefix) => body(prefix).map((rest) => prefix + rest));

/** Characters a mutation puts in: a wrong letter, an `X`, whitespace, punctuation, non-ASCII and astral ones. */
const strayChar = fc.oneof(
  fc.constantFrom(..."gGzZxXoO_- .\t\n/é０", "\u00A0", "\uFEFF", "😀", "\uD800"),
  fc.constantFrom(...HEX),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);

/** One character replaced, inserted or deleted, anywhere in a well-formed SID. */
const mutated = fc
  .tuple(wellFormed, fc.nat(), fc.constantFrom("replace", "insert", "delete"), strayChar)
  .map(([value, at, how, char]) => {
    const index = at % (value.length + (how === "insert" ? 1 : 0));
    const keep = how === "insert" ? index : index + 1;
    return value.slice(0, index) + (how === "delete" ? "" : char) + value.slice(keep);
  });

const placeholder = fc
  .tuple(fc.constantFrom(...prefixes), fc.constantFrom("X", "x"), fc.integer({ min: 1, max: 44 }))
  .map(([prefix, x, count]) => prefix + x.repeat(count));

const lowercase = wellFormed.map((value) => value.slice(0, 2).toLowerCase() + value.slice(2));

const wrapped = fc
  .tuple(fc.oneof(wellFormed, placeholder), fc.constantFrom(" ", "\n", "\t", "\u3000"), fc.boolean())
  .map(([value, space, before]) => (before ? space + value : value + space));

const resized = fc
  .tuple(wellFormed, fc.integer({ min: -34, max: 40 }))
  .map(([value, delta]) => (delta < 0 ? value.slice(0, value.length + delta) : value + "0".repeat(delta)));

const unknownPrefix = fc
  .tuple(fc.string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), minLength: 2, maxLength: 2 }), body("AC"))
  .map(([prefix, rest]) => prefix + rest);

const anything = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 36 }),
  fc.string({ unit: "binary", maxLength: 36 }),
);

/** At least `count` distinct strings, the same ones for the same seed. */
export function differentialCases(seed: number, count = 1200): string[] {
  const groups: [fc.Arbitrary<string>, number][] = [
    [wellFormed, 0.2],
    [mutated, 0.3],
    [placeholder, 0.08],
    [lowercase, 0.07],
    [wrapped, 0.07],
    [resized, 0.1],
    [unknownPrefix, 0.06],
    [anything, 0.12],
  ];
  const cases = new Set<string>(prefixes.map((prefix) => `${prefix}${"0123456789abcdef".repeat(2)}`));
  groups.forEach(([arbitrary, share], index) => {
    for (const value of fc.sample(arbitrary, { seed: seed + index, numRuns: Math.ceil(count * share) })) cases.add(value);
  });
  return [...cases];
}
