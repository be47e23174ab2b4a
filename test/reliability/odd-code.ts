// Odd but valid code: every node kind that can hold a string, with SID-like values in each, for every language the
// plugin may be configured on. Literal SIDs are fine here; they are fixtures, not knowledge.
const SID = "CA0123456789abcdef0123456789abcdef";
const ACCOUNT = "AC0123456789abcdef0123456789abcdef";
const NEAR = "CA0123456789abcdef0123456789abcdeg";
const SHORT = "CA0123456789abcdef0123456789abcde";
const PLACEHOLDER = `AC${"X".repeat(32)}`;
const LOWER = "ca0123456789abcdef0123456789abcdef";
const LONG_CHAIN = `client${".calls".repeat(400)}("${SID}")${".fetch()".repeat(200)}`;
const DEEP = `${"[".repeat(300)}"${SID}"${"]".repeat(300)}`;

const js = String.raw`
"use strict";
import twilio from "twilio";
import data from "./data.json" with { type: "json" };
import * as all from "./${SID}.js";
export { data as "${SID}" };
export * as ns from "./other.js";
const client = twilio("${ACCOUNT}", "token");
const callSid = "${SID}", accountSid = '${ACCOUNT}', near = "${NEAR}", short = "${SHORT}";
let messageSid; messageSid = "${NEAR}"; messageSid ||= "${SHORT}"; messageSid ??= "${SID}";
const escaped = "\u0043\u0041${SID.slice(2)}", hexEscaped = "\x43A${SID.slice(2)}", continued = "CA0123456789abcdef\
0123456789abcdef";
const spaced = " ${SID} ", placeholder = "${PLACEHOLDER}", lower = "${LOWER}", empty = "", nul = "\0${SID}";
const template = ${"`"}${SID}${"`"}, withExpr = ${"`"}/Accounts/${"$"}{accountSid}/Calls/${SID}.json${"`"};
const tagged = String.raw${"`"}${SID}\n${"$"}{callSid}${"`"}, nestedTemplate = ${"`"}${"$"}{${"`"}${"$"}{"${SID}"}${"`"}}${"`"};
const sparse = [, "${SID}", , , "${NEAR}", ...["${SHORT}"]];
const deep = ${DEEP};
const regex = /CA[0-9a-f]{32}/giu, big = 123n, num = 0x1f;
const object = {
  callSid: "${SID}", "accountSid": "${SID}", ["conferenceSid"]: "${SID}", [callSid]: callSid, 42: "${NEAR}",
  get participantSid() { return "${SID}"; }, set recordingSid(value) {}, ...{ queueSid: "${NEAR}" },
  nested: { messagingServiceSid: { sid: "${SID}" } }, "${SID}": true, __proto__: null,
};
const { callSid: renamed = "${NEAR}", ["accountSid"]: computed = "${SHORT}", ...rest } = object;
const [first = "${NEAR}", , third] = sparse;
function handler(callSid = "${NEAR}", { accountSid = "${SID}" } = {}, ...sids) { return arguments.length; }
const arrow = async (conferenceSid = "${SID}") => conferenceSid;
function* generator() { yield "${SID}"; yield* ["${NEAR}"]; }
class Service {
  static defaultSid = "${SID}";
  #callSid = "${NEAR}";
  accountSid = "${SHORT}";
  ["workspaceSid"] = "${SID}";
  static { this.serviceSid = "${SID}"; }
  get sid() { return this.#callSid; }
  async *[Symbol.asyncIterator]() {}
  constructor() { new.target; super.constructor; }
}
client.calls("${SID}").fetch();
client.calls("${NEAR}").update({ status: "completed" });
client?.calls?.("${SID}")?.fetch?.();
client.calls?.("${SHORT}").fetch();
client["calls"]("${SID}")["fetch"]();
client[${"`"}calls${"`"}](${"`"}${SID}${"`"}).fetch();
client.api.v2010.accounts("${ACCOUNT}").calls("${SID}").fetch();
client.api.v2010.accounts("${ACCOUNT}").calls.create({ to: "+15558675309", from: "+15017122661", url: "https://x" });
client.conferences("${SID}").participants("${ACCOUNT}").update({ hold: true });
client.messages.create({ messagingServiceSid: "${NEAR}", body: "${SID}", to: "+1" });
client.sync.v1.services("${SID}").documents("${SID}").fetch();
client.taskrouter.workspaces(callSid).workers(...sids).fetch();
(0, client.calls)("${SID}");
new client.calls("${SID}");
${LONG_CHAIN};
label: for (const sid of ["${SID}", "${NEAR}"]) { if (sid === "${SID}" || "${NEAR}" == sid) break label; continue label; }
switch (callSid) { case "${SID}": case "${NEAR}": break; default: }
if ("${SID}" in object && typeof callSid === "string" && callSid !== "${SHORT}") delete object["${SID}"];
void "${SID}", "${NEAR}";
import("./${SID}.js");
import.meta.url;
try { throw new Error("${SID}"); } catch ({ message = "${NEAR}" }) {} finally {}
export default { callSid: "${NEAR}" };
export const exported = "${SID}";
`;

const script = String.raw`
with ({ callSid: "${SID}" }) { callSid; }
var accountSid = "${NEAR}";
function f() { "use strict"; return "${SID}"; }
module.exports = { callSid: "${NEAR}", f };
`;

const ts = String.raw`
/// <reference types="node" />
import type { CallInstance } from "twilio/lib/rest/api/v2010/account/call";
import twilio = require("twilio");
import fs = require("node:fs");
export type CallSid = "${SID}";
export type Sids = ${"`"}CA${"$"}{string}${"`"} | "${NEAR}" | '${SHORT}';
type Keyed = { "callSid": "${NEAR}"; readonly accountSid?: string; [sid: string]: unknown };
interface Payload { callSid: "${SID}"; "accountSid": typeof accountSid; conferenceSid: ${"`"}CF${"$"}{string}${"`"} }
type Mapped = { [K in "callSid" | "accountSid"]: K extends "callSid" ? "${SID}" : never };
type Tuple = [callSid: "${SID}", accountSid?: string, ...rest: string[]];
declare const accountSid: "${NEAR}";
declare let declared: string;
declare function fetchCall(callSid: "${SID}"): Promise<CallInstance>;
declare module "twilio-extra" { export const callSid: "${SID}"; }
declare global { var globalSid: string; }
export enum Sid { Call = "${SID}", Account = "${NEAR}", "${SID}" = 1, 'accountSid' = 2 }
export const enum Const { callSid = "${SID}" }
export namespace Twilio.Inner { export const callSid = "${NEAR}"; namespace Deeper { const sid = "${SID}"; } }
module Legacy { export const accountSid = "${SHORT}"; }
function decorate(sid: string) { return (target: unknown, context?: unknown) => {}; }
@decorate("${SID}")
abstract class Service<T extends string = "${SID}"> implements Payload {
  @decorate("${NEAR}") callSid = "${SID}" as const;
  "accountSid": typeof accountSid = accountSid;
  conferenceSid!: ${"`"}CF${"$"}{string}${"`"};
  declare readonly queueSid: string;
  static accessor workspaceSid = "${NEAR}";
  private readonly map = new Map<string, "${SID}">([["${SID}", "${SID}"]]);
  constructor(public messageSid: string = "${NEAR}", protected readonly recordingSid = "${SHORT}") { super(); }
  abstract fetch(callSid?: "${SID}"): void;
  overload(sid: "${SID}"): void;
  overload(sid: string): void;
  overload(sid: string) {}
}
const client = twilio("${ACCOUNT}", "token");
client.calls("${SID}" as CallSid).fetch();
client.calls(<string>"${NEAR}")!.fetch();
client.calls("${SHORT}" satisfies string)?.fetch();
client.calls!("${SID}").fetch<unknown>();
const generic = <T,>(callSid: T): T => callSid;
function assertSid(value: unknown): asserts value is "${SID}" {}
function isSid(value: unknown): value is "${SID}" { return value === "${SID}"; }
let definite!: string;
const unique: unique symbol = Symbol("${SID}");
type Keys = keyof typeof Sid;
export = { callSid: "${NEAR}" } as const;
`;

const tsModule = String.raw`
await using resource = { [Symbol.asyncDispose]: async () => {}, callSid: "${SID}" };
using sync = { [Symbol.dispose]() {}, accountSid: "${NEAR}" };
export const callSid: string = "${SID}";
export default class { accountSid = "${NEAR}"; }
`;

const jsx = String.raw`
const callSid = "${SID}";
export const View = () => (
  <div data-sid="${SID}" title='${NEAR}' callSid="${SHORT}" aria-label={"${SID}"} {...{ accountSid: "${NEAR}" }}>
    ${SID} &amp; ${NEAR} &#67;&#x41;0123456789abcdef0123456789abcdef &nbsp;
    {"${SID}"}{${"`"}${SID}${"`"}}
    <Call sid="${SID}" callSid={callSid} />
    <ns:tag attr="${NEAR}" />
    <Member.Expression accountSid="${SHORT}">text</Member.Expression>
    <>{/* ${SID} */}</>
  </div>
);
`;

const tsx = String.raw`
import type { FC } from "react";
const Call: FC<{ callSid: "${SID}" }> = ({ callSid }) => <span data-call={callSid}>${NEAR}</span>;
export const App = <T,>({ sid }: { sid: T }) => <Call callSid="${SID}" key={"${NEAR}" as string} />;
enum Labels { Call = "${SID}" }
`;

const jsonText = JSON.stringify(
  {
    callSid: SID,
    accountSid: NEAR,
    [SID]: SHORT,
    nested: { messagingServiceSid: [SID, NEAR, SHORT, PLACEHOLDER, LOWER, ` ${SID}`], empty: {}, list: [] },
    numbers: [0, -1.5e300, true, false, null],
    unicode: "\u0000\ud800\u2028 CA\u00e9",
    url: `/2010-04-01/Accounts/${ACCOUNT}/Calls/${NEAR}.json`,
  },
  null,
  2,
);

const md = `# Calls ${SID}

A call SID looks like \`${SID}\`; a placeholder is \`${PLACEHOLDER}\`, a typo is ${NEAR}.

| field | value |
|---|---|
| callSid | \`${NEAR}\` |

[link](https://console.twilio.com/${SID}) <span title="${NEAR}">html</span> ![image](${SID}.png)

\`\`\`js
const callSid = "${NEAR}";
client.calls("${SID}").fetch();
\`\`\`

\`\`\`ts
const accountSid: string = "${NEAR}";
\`\`\`

\`\`\`json
{ "callSid": "${NEAR}" }
\`\`\`

    indented ${SID}

> quote ${SHORT}
`;

const yaml = `%YAML 1.2
---
anchors:
  base: &base
    TWILIO_ACCOUNT_SID: ${SID}
  derived:
    <<: *base
    TWILIO_MESSAGING_SERVICE_SID: "${NEAR}"
block: |
  ${SHORT}
folded: >-
  ${NEAR}
  ${PLACEHOLDER}
flow: { callSid: '${SID}', sids: [${SID}, "${NEAR}"] }
? complex key ${SID}
: value
environment:
  - CALL_SID=${NEAR}
  - "=${SHORT}"
  - ${ACCOUNT}
numbers: [0x1f, 1e3, .inf, ~, true]
url: https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT}/Calls/${NEAR}.json
# comment ${SHORT}
...
---
second: ${LOWER}
`;

const toml = `# comment ${SHORT}
title = "calls"
[twilio]
account_sid = "${SID}"
"quoted key" = '${NEAR}'
multiline = """
${SHORT}\\
  ${PLACEHOLDER}"""
literal_multiline = '''
${LOWER}'''
call_sids = ["${SID}", '${NEAR}', [ "${SHORT}" ]]
inline = { call_sid = "${NEAR}", n = 1 }
[[calls]]
sid = "${SID}"
url = "https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT}/Calls/${NEAR}.json"
date = 1979-05-27T07:32:00Z
`;

const dotenv = `# comment ${SHORT}
TWILIO_ACCOUNT_SID=${SID}
export TWILIO_FLOW_SID="${NEAR}"
SINGLE='${SHORT}'
BACKTICK=\`${PLACEHOLDER}\`
MULTI="first
${NEAR}
last"
ESCAPED="a\\n${SHORT}"
INLINE=${SID} # trailing ${NEAR}
SPACED = ${NEAR}
COLON: ${SID}
not a variable ${NEAR}
=${SHORT}
EMPTY=
UNTERMINATED="${NEAR}
`;

/** Each fixture's file name picks its language in `configsFor`. */
export const ODD_FILES: readonly { readonly filename: string; readonly code: string }[] = [
  { filename: "odd.js", code: js },
  { filename: "odd.mjs", code: js },
  { filename: "odd.cjs", code: script },
  { filename: "odd.ts", code: ts },
  { filename: "odd-module.mts", code: tsModule },
  { filename: "odd.jsx", code: jsx },
  { filename: "odd.tsx", code: tsx },
  { filename: "odd.json", code: jsonText },
  { filename: "empty.json", code: "{}" },
  { filename: "scalar.json", code: JSON.stringify(SID) },
  { filename: "odd.md", code: md },
  { filename: "empty.js", code: "" },
  { filename: "bom.js", code: `\uFEFFconst callSid = "${SID}";` },
  { filename: "crlf.ts", code: `const callSid = "${NEAR}";\r\nconst accountSid = "${SID}";\r\n` },
  { filename: "odd.yaml", code: yaml },
  { filename: "crlf.yml", code: yaml.replaceAll("\n", "\r\n") },
  { filename: "empty.yaml", code: "" },
  { filename: "odd.toml", code: toml },
  { filename: "empty.toml", code: "" },
  { filename: ".env", code: dotenv },
  { filename: "crlf.env", code: `\uFEFF${dotenv.replaceAll("\n", "\r\n")}` },
  { filename: ".env.empty", code: "" },
];

/** Files their language cannot parse: a parse error of that language, never a crash of the rules. */
export const MALFORMED_FILES: readonly { readonly filename: string; readonly code: string }[] = [
  { filename: "bad.json", code: `{ "callSid": "${SID}", ` },
  { filename: "bad.yaml", code: `a: [${SID}\nb: "${NEAR}\n  - : :\n\t- x` },
  { filename: "bad.toml", code: `a = "${SID}\n[[b]\nc = ` },
  { filename: "bad.ts", code: `const callSid = "${SID}" +;` },
];

