import json from "@eslint/json";
import type { TSESTree } from "@typescript-eslint/utils";
import parser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { bindingName, jsonBindingName, type JsonNode, type JsonParents } from "../../src/binding.js";

/** Names bound to every string (and template) literal whose value is `v`, in source order. */
function namesIn(code: string): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  const collect = (node: TSESTree.Node & { value?: unknown }) => {
    if (node.type === "Literal" && node.value !== "v") return;
    if (node.type === "TemplateLiteral" && node.quasis[0]?.value.cooked !== "v") return;
    names.push(bindingName(node));
  };
  const plugin = { rules: { collect: { create: () => ({ Literal: collect, TemplateLiteral: collect }) } } };
  const messages = new Linter().verify(code, {
    files: ["**/*.tsx"],
    languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { test: plugin as never },
    rules: { "test/collect": "error" },
  }, "file.tsx");
  expect(messages).toEqual([]);
  return names;
}

/** Names bound to every JSON string whose value is `v`. */
function jsonNamesIn(code: string): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  const plugin = {
    rules: {
      collect: {
        create: (context: { sourceCode: JsonParents }) => ({
          String(node: JsonNode & { value: string }) {
            if (node.value === "v") names.push(jsonBindingName(node, context.sourceCode));
          },
        }),
      },
    },
  };
  const messages = new Linter().verify(code, {
    files: ["**/*.json"],
    language: "json/json",
    plugins: { json, test: plugin as never },
    rules: { "test/collect": "error" },
  }, "file.json");
  expect(messages).toEqual([]);
  return names;
}

describe("bindingName", () => {
  it.each([
    ["const callSid = 'v';", "callSid"],
    ["let callSid; callSid = 'v';", "callSid"],
    ["config.callSid = 'v';", "callSid"],
    ["config['call_sid'] = 'v';", "call_sid"],
    ["config[key] = 'v';", undefined],
    ["({ callSid: 'v' });", "callSid"],
    ["({ 'call_sid': 'v' });", "call_sid"],
    ["({ ['CALL_SID']: 'v' });", "CALL_SID"],
    ["({ [key]: 'v' });", undefined],
    ["({ CallSid: `v` });", "CallSid"],
    ["class A { callSid = 'v'; }", "callSid"],
    ["class A { static readonly CALL_SID = 'v'; }", "CALL_SID"],
    ["class A { #callSid = 'v'; }", "callSid"],
    ["class A { accessor callSid = 'v'; }", "callSid"],
    ["function f(callSid = 'v') {}", "callSid"],
    ["const f = ({ callSid = 'v' }) => callSid;", "callSid"],
    ["const { sid: callSid = 'v' } = x;", "callSid"],
    ["const [callSid = 'v'] = x;", "callSid"],
    ["if (callSid === 'v') {}", "callSid"],
    ["if ('v' !== req.body.CallSid) {}", "CallSid"],
    ["if (req.body?.CallSid == 'v') {}", "CallSid"],
    ["if (a.b[c] != 'v') {}", undefined],
    ["if (callSid < 'v') {}", undefined],
    ["switch (event.CallSid) { case 'v': break; }", "CallSid"],
    ["switch (f()) { case 'v': break; }", undefined],
    ["<Call callSid='v' />;", "callSid"],
    ["<Call callSid={'v'} />;", "callSid"],
    ["<Call twilio:callSid='v' />;", "callSid"],
    ["const callSids = ['v', 'v'];", "callSids"],
    ["const CALL_SIDS = ['v'];", "CALL_SIDS"],
    ["const callSid = ['v'];", undefined],
    ["const callSid = process.env.CALL_SID ?? 'v';", "CALL_SID"],
    ["const callSid = process.env.CALL_SID || 'v';", "CALL_SID"],
    ["const callSid = lookup() ?? 'v';", "callSid"],
    ["const callSid = ok && 'v';", undefined],
    ["const callSid = prod ? 'v' : 'v';", "callSid"],
    ["const callSid = 'v' as Sid;", "callSid"],
    ["const callSid = 'v' satisfies string;", "callSid"],
    ["enum Sids { CallSid = 'v' }", "CallSid"],
    ["enum Sids { 'call_sid' = 'v' }", "call_sid"],
    ["f('v');", undefined],
    ["const { callSid } = 'v';", undefined],
    ["callSid('v');", undefined],
    ["const x = { callSid: 'other' }['v'];", undefined],
  ])("%s -> %s", (code, expected) => {
    const names = namesIn(code);
    expect(new Set(names)).toEqual(new Set([expected]));
  });
});

describe("jsonBindingName", () => {
  it.each([
    ['{ "callSid": "v" }', "callSid"],
    ['{ "config": { "CALL_SID": "v" } }', "CALL_SID"],
    ['{ "callSids": ["v", "v"] }', "callSids"],
    ['{ "callSid": ["v"] }', undefined],
    ['{ "v": 1 }', undefined],
    ['"v"', undefined],
    ['["v"]', undefined],
    ['{ "a": [["v"]] }', undefined],
  ])("%s -> %s", (code, expected) => {
    const names = jsonNamesIn(code);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set([expected]));
  });
});
