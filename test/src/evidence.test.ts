import tsParser from "@typescript-eslint/parser";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValueEvidence, type Evidence } from "../../src/evidence.js";
import { fake } from "../rules/helpers.js";

const SM = fake("SM");
const CA = fake("CA");

/** Lints `code` with a rule that asks the evidence module about the argument of every `probe(...)` call. */
function probe(code: string, { typescript = false } = {}): (Evidence | undefined)[] {
  const found: (Evidence | undefined)[] = [];
  const rule: TSESLint.RuleModule<never> = {
    defaultOptions: [],
    meta: { type: "problem", schema: [], messages: {} },
    create(context) {
      const values = new ValueEvidence(context.sourceCode);
      return {
        CallExpression(node) {
          if (node.callee.type === "Identifier" && node.callee.name === "probe") found.push(values.of(node.arguments[0]!));
        },
      };
    },
  };
  const messages = new Linter().verify(code, {
    ...(typescript && { languageOptions: { parser: tsParser as never } }),
    plugins: { test: { rules: { probe: rule as never } } },
    rules: { "test/probe": "error" },
  });
  expect(messages).toEqual([]);
  return found;
}

/** What a probe finds, in short: `SM via ALERT`, `CA`, `name MessageSid: IM,MM,SM`, or `-`. */
function short(evidence: Evidence | undefined): string {
  if (!evidence) return "-";
  if (evidence.kind === "literal") return evidence.via ? `${evidence.prefix} via ${evidence.via}` : evidence.prefix;
  return `name ${evidence.name}: ${evidence.prefixes.join(",")}`;
}

const shortProbe = (code: string, options?: { typescript?: boolean }) => probe(code, options).map(short);

describe("ValueEvidence: literals", () => {
  it("reads whole SIDs and placeholders, not near misses or other strings", () => {
    expect(shortProbe(`probe("${SM}"); probe(\`${CA}\`); probe("AC${"X".repeat(32)}"); probe("${SM.slice(1)}"); probe("hello"); probe(42);`)).toEqual([
      "SM",
      "CA",
      "AC",
      "-",
      "-",
      "-",
    ]);
  });
});

describe("ValueEvidence: variables", () => {
  it("resolves a const to its literal through parentheses, as const, !, satisfies", () => {
    const code = `const A = ("${SM}" as const); const B = A!; const C = (B satisfies string); probe(A); probe(B); probe(C);`;
    expect(shortProbe(code, { typescript: true })).toEqual(["SM via A", "SM via B", "SM via C"]);
  });

  it("resolves a let or var that nothing writes again, not one that is reassigned", () => {
    const code = `let a = "${SM}"; var b = "${SM}"; let c = "${SM}"; c = other; let d = "${SM}"; d ??= x; probe(a); probe(b); probe(c); probe(d);`;
    expect(shortProbe(code)).toEqual(["SM via a", "SM via b", "-", "-"]);
  });

  it("follows aliases to a name, the nearest SID name winning", () => {
    const code = [
      `const wf = process.env.TWILIO_WORKSPACE_SID; probe(wf);`,
      `const callSid = req.body.MessageSid; probe(callSid);`,
      `const sid = req.body.MessageSid; probe(sid);`,
      `const { MessageSid: id } = req.body; probe(id);`,
      `const { MessageSid } = req.body; probe(MessageSid);`,
    ].join("\n");
    expect(shortProbe(code)).toEqual([
      "name TWILIO_WORKSPACE_SID: WS",
      "name callSid: CA",
      "name MessageSid: IM,MM,SM",
      "name MessageSid: IM,MM,SM",
      "name MessageSid: IM,MM,SM",
    ]);
  });

  it("stops at cycles and at values it cannot know", () => {
    const code = `const a = b, b = a; probe(a); const c = lookup(); probe(c); function f(p) { probe(p); } probe(undefined);`;
    expect(shortProbe(code)).toEqual(["-", "-", "-", "-"]);
  });

  it("reads parameters, imports and globals by their own names", () => {
    const code = `import { CALL_SID } from "./config.js"; function f(conferenceSid) { probe(conferenceSid); } probe(CALL_SID); probe(workerSid);`;
    expect(shortProbe(code)).toEqual(["name conferenceSid: CF", "name CALL_SID: CA", "name workerSid: WK"]);
  });
});

describe("ValueEvidence: names", () => {
  it("reads members by their last name: webhook parameters, env variables, Functions' context, import.meta.env", () => {
    const code = [
      `probe(req.body.CallSid); probe(event.DequeingCallSid); probe(req.body["MessagingServiceSid"]);`,
      `probe(process.env.TWILIO_PHONE_NUMBER_SID); probe(context.WORKFLOW_SID); probe(import.meta.env.VITE_TWILIO_FLOW_SID);`,
      `probe(payload.request_sid); probe(message.sid); probe(req.body.To);`,
    ].join("\n");
    expect(shortProbe(code)).toEqual([
      "name CallSid: CA",
      "name DequeingCallSid: CA",
      "name MessagingServiceSid: MG",
      "name TWILIO_PHONE_NUMBER_SID: PN,PU",
      "name WORKFLOW_SID: WW",
      "name VITE_TWILIO_FLOW_SID: FO,FW",
      // An everyday word alone (`request`) binds a SID, but says too little of what a value is.
      "-",
      "-",
      "-",
    ]);
  });

  it("unites the branches of a fallback or a condition, ignoring empty strings, null and undefined", () => {
    const code = [
      `probe(process.env.TWILIO_WORKSPACE_SID || "");`,
      `probe(req.body.CallSid ?? req.body.ParentCallSid);`,
      `probe(flag ? req.body.CallSid : req.body.MessageSid);`,
      `probe(req.body.CallSid || lookup());`,
      `probe(req.body.CallSid && other);`,
      `probe(process.env.CALL_SID || "${SM}");`,
    ].join("\n");
    expect(shortProbe(code)).toEqual(["name TWILIO_WORKSPACE_SID: WS", "name CallSid: CA", "name CallSid: CA,IM,MM,SM", "-", "-", "-"]);
  });
});

describe("ValueEvidence: functions", () => {
  /** The parameter names of the function each `probe(f)`'s argument names. */
  function parameters(code: string): (string[] | undefined)[] {
    const found: (string[] | undefined)[] = [];
    const rule: TSESLint.RuleModule<never> = {
      defaultOptions: [],
      meta: { type: "problem", schema: [], messages: {} },
      create(context) {
        const values = new ValueEvidence(context.sourceCode);
        return {
          "CallExpression[callee.name='probe']"(node: TSESTree.CallExpression) {
            found.push(values.functionOf(node.arguments[0]!)?.params.map((param) => (param.type === "Identifier" ? param.name : param.type)));
          },
        };
      },
    };
    new Linter().verify(code, { plugins: { test: { rules: { probe: rule as never } } }, rules: { "test/probe": "error" } });
    return found;
  }

  it("finds functions declared once in the file, hoisted or not", () => {
    const code = `probe(hangUp); function hangUp(callSid) {} const notify = (messageSid, to) => {}; const send = function (sid) {}; probe(notify); probe(send);`;
    expect(parameters(code)).toEqual([["callSid"], ["messageSid", "to"], ["sid"]]);
  });

  it("finds nothing for imports, reassigned variables and non-functions", () => {
    const code = `import { hangUp } from "./calls.js"; let f = (callSid) => {}; f = g; const n = 1; probe(hangUp); probe(f); probe(n); probe(unknown);`;
    expect(parameters(code)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe("ValueEvidence never throws", () => {
  const expression = fc.letrec<{ expr: string }>((tie) => ({
    expr: fc.oneof(
      { depthSize: "small" },
      fc.constantFrom(`"${SM}"`, "x", "y", "callSid", "req.body.CallSid", "process.env.TWILIO_X_SID", "undefined", "null", `\`${CA}\``),
      fc.tuple(tie("expr"), fc.constantFrom("||", "??", "&&"), tie("expr")).map(([a, op, b]) => `(${a} ${op} ${b})`),
      fc.tuple(tie("expr"), tie("expr")).map(([a, b]) => `(c ? ${a} : ${b})`),
      tie("expr").map((a) => `(${a})!`),
      tie("expr").map((a) => `f(${a})`),
    ),
  })).expr;
  const declaration = fc.tuple(fc.constantFrom("const", "let", "var"), fc.constantFrom("x", "y", "callSid", "sid"), expression);

  it("on generated declarations, aliases, cycles and reassignments", () => {
    fc.assert(
      fc.property(fc.array(declaration, { maxLength: 6 }), expression, fc.boolean(), (declarations, probed, reassign) => {
        const seen = new Set<string>();
        const lines = declarations
          .filter(([, name]) => !seen.has(name) && seen.add(name))
          .map(([kind, name, value]) => `${kind} ${name} = ${value};`);
        const code = `${lines.join("\n")}\n${reassign ? "x = y;\n" : ""}probe(${probed});`;
        probe(code, { typescript: true });
      }),
      { numRuns: 300 },
    );
  });
});
