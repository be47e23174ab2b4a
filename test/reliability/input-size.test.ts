import { describe, expect, it } from "vitest";
import { lint } from "./harness.js";

const SID = "CA0123456789abcdef0123456789abcdef";
const NEAR = "CA0123456789abcdef0123456789abcdeg";
/** Same length as a SID, nothing like one. */
const PLAIN = "the quick brown fox jumps over it.";

/**
 * Best of `runs` lint times of a file, in CPU ms of this process: wall time on a shared machine swings with other
 * processes' load, CPU time much less.
 */
function lintTime(code: string, runs = 3): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = process.cpuUsage();
    const messages = lint(code, "size.js");
    const { user, system } = process.cpuUsage(started);
    best = Math.min(best, (user + system) / 1000);
    expect(messages.filter((message) => message.fatal)).toEqual([]);
  }
  return best;
}

/** A file of `count` string values in the positions the rules check, cycling through them. */
function manyLiterals(count: number, value: (index: number) => string): string {
  const forms = [
    (text: string) => `  "${text}",`,
    (text: string) => `  { callSid: "${text}", accountSid: "${text}" },`,
    (text: string) => `  client.calls("${text}").fetch(),`,
  ];
  const lines = ["const client = {};", "export const values = ["];
  for (let index = 0; index < count; index++) lines.push(forms[index % forms.length]!(value(index)));
  lines.push("];");
  return lines.join("\n");
}

// Linear cost means a SID-dense file costs a small multiple of a plain one of the same size; quadratic work or
// catastrophic backtracking over a megabyte would be orders of magnitude off (10^12 steps). The bound is loose
// because the machine is shared; growth between sizes is not asserted, as cache effects on multi-megabyte strings
// make it superlinear in wall time without any superlinear work.
const MAX_RATIO = 5;
const MEGABYTE = 1 << 20;

/** One string literal of `size` characters made of `chunk`, bound to a SID name. */
function oneString(chunk: string, size: number): string {
  return `const callSid = "${chunk.repeat(size / chunk.length)}";`;
}

// Worst cases for the classifier and its scans: dense tokens, one huge token, long placeholder and hex runs.
const SHAPES = [`${SID} `, `${NEAR}/`, "A", `AC${"X".repeat(30)}`, `AC${"0".repeat(30)}`, "_a", ` ${SID.slice(0, 30)}`, "\\u0041"];

describe("lint time stays linear in the input size", () => {
  let plainMegabyte: number | undefined;

  it.each(SHAPES)("a 1 MB string literal of %j costs about what a 1 MB file of plain strings does", (chunk) => {
    plainMegabyte ??= lintTime(manyLiterals(MEGABYTE / 40, () => PLAIN), 2);
    const one = lintTime(oneString(chunk, MEGABYTE));
    expect(one / plainMegabyte).toBeLessThan(MAX_RATIO);
  });

  it("100,000 SID literals cost about what 100,000 plain literals do", { timeout: 120_000 }, () => {
    const count = 100_000;
    const plain = lintTime(manyLiterals(count, () => PLAIN), 1);
    const sids = lintTime(manyLiterals(count, (index) => (index % 2 ? SID : NEAR)), 1);
    expect(sids / plain).toBeLessThan(MAX_RATIO);
  });
});

/** `count` consts, each an alias of the one before (the first of the last, for a cycle), and uses of the last ones. */
function aliasChain(count: number, first: string): string {
  const lines = ['import twilio from "twilio";', "const client = twilio();", `const c0 = ${first};`];
  for (let index = 1; index < count; index++) lines.push(`const c${index} = c${index - 1};`);
  for (let index = count - 1; index >= count - 100; index--) lines.push(`client.calls(c${index}).fetch(); const callSid${index} = c${index};`);
  return lines.join("\n");
}

/** A file of about `size` characters of bindings: SID names given values known by other names, or plain names. */
function bindings(size: number, sidNames: boolean): string {
  const lines = ['import twilio from "twilio";', "const client = twilio();"];
  const [workflow, call, workspace] = sidNames ? ["workflowSid", "callSid", "TWILIO_WORKSPACE_SID"] : ["workflow", "call", "TWILIO_WORKSPACE"];
  for (let index = 0, length = 0; length < size; index++) {
    const line = [
      `const settings${index} = { ${workflow}: process.env.${workspace}, ${call}: req.body.MessageSid };`,
      `function hangUp${index}(${call}) { return client.calls(${call}).update({ status: "completed" }); }`,
      `hangUp${index}(req.body.MessageSid); const alias${index} = settings${index}.${workflow}; const ${call}${index} = alias${index};`,
    ].join("\n");
    lines.push(line);
    length += line.length;
  }
  return lines.join("\n");
}

describe("following values stays linear", () => {
  const COUNT = 10_000;

  it.each([
    ["a chain of 10,000 aliases of a SID", `"${SID}"`],
    ["a cycle of 10,000 aliases", `c${COUNT - 1}`],
  ])("%s costs about what 10,000 plain consts do", (_, first) => {
    const plain = lintTime(aliasChain(COUNT, '"plain"').replaceAll(/= c\d+;/g, '= "plain";'), 1);
    expect(lintTime(aliasChain(COUNT, first), 1) / plain).toBeLessThan(MAX_RATIO);
  });

  it("a 1 MB file of values bound by name costs about what 1 MB of the same code under other names does", { timeout: 120_000 }, () => {
    const plain = lintTime(bindings(MEGABYTE, false), 1);
    expect(lintTime(bindings(MEGABYTE, true), 1) / plain).toBeLessThan(MAX_RATIO);
  });
});
