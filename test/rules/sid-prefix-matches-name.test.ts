import { readdirSync, readFileSync } from "node:fs";
import json from "@eslint/json";
import tsParser from "@typescript-eslint/parser";
import { RuleTester, type InvalidTestCase, type ValidTestCase } from "@typescript-eslint/rule-tester";
import { RuleTester as EslintRuleTester, Linter } from "eslint";
import { describe, expect, it } from "vitest";
import rule, { type MessageIds, type Options } from "../../rules/sid-prefix-matches-name.js";
import { nameWords } from "../../src/names.js";
import { POLYMORPHIC_STEMS, STEM_PREFIXES } from "../../src/registry.generated.js";
import { at, errorAt, fake } from "./helpers.js";
import { languageTester } from "./languages.js";

const CA = fake("CA");
const SM = fake("SM");
const SK = fake("SK");
const AC = fake("AC");
const CF = fake("CF");

/** `call` -> `callSid`, `messaging service` -> `messagingServiceSid`. */
const camelSid = (stem: string) =>
  [...nameWords(stem), "sid"].map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join("");

const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

const mismatch = (code: string, needle: string, data?: Record<string, string>, occurrence = 0) => ({
  code,
  errors: [{ messageId: "mismatch" as const, ...at(code, needle, occurrence), ...(data && { data }), suggestions: [] }],
});

// Every stem the registry knows, with each of its prefixes, in the case styles names come in.
const registryPairs: ValidTestCase<Options>[] = [...STEM_PREFIXES].flatMap(([stem, prefixes]) =>
  prefixes.map((prefix) => {
    const words = nameWords(stem);
    const snake = [...words, "sid"].join("_");
    const pascal = [...words, "sid"].map((word) => word[0]!.toUpperCase() + word.slice(1)).join("");
    return {
      name: `${stem} with ${prefix}`,
      code: `const ${camelSid(stem)} = "${fake(prefix)}"; ({ ${snake}: "${fake(prefix)}", ${pascal}: "${fake(prefix)}", ${snake.toUpperCase()}: "${fake(prefix)}" });`,
    };
  }),
);

// Names that take any prefix: bare `sid` and the spec's generic fields.
const polymorphic: ValidTestCase<Options>[] = [...POLYMORPHIC_STEMS].map((stem) => ({
  name: `polymorphic ${stem || "sid"}`,
  code: `const ${stem ? camelSid(stem) : "sid"} = "${SM}"; ({ ${stem ? camelSid(stem) : "sid"}: "${CA}" });`,
}));

const valid: (ValidTestCase<Options> | string)[] = [
  ...registryPairs,
  ...polymorphic,
  // Unknown stems: a typo, or a name of the codebase's own domain.
  `const particantSid = "${SM}";`,
  `const callerSid = "${SM}";`,
  `const twilioSid = "${CA}";`,
  // Qualified names narrow, unqualified ones take every product's prefix.
  `const serviceSid = "${fake("VA")}";`,
  `const syncServiceSid = "${fake("IS")}";`,
  `const verifyServiceSid = "${fake("VA")}";`,
  `const messagingServiceSid = "${fake("MG")}";`,
  `const defaultMessagingServiceSid = "${fake("MG")}";`,
  // Names Twilio's console gives resources the spec's property names do not: the US A2P Campaign, Content Templates.
  `const campaignSid = "${fake("QE")}"; const templateSid = "${fake("HX")}";`,
  // Identities beyond the property names: queue members and conference participants are calls.
  `const memberSid = "${CA}"; const participantSid = "${CA}";`,
  `const recordingSid = "${fake("RT")}"; const messageSid = "${fake("IM")}";`,
  // A compound before a stem can name another resource: a Content Template, a TrustHub End User.
  `const contentTemplateSid = "${fake("HX")}"; const endUserSid = "${fake("IT")}";`,
  `const supportingDocumentSid = "${fake("RD")}"; const userDefinedMessageSid = "${fake("KX")}";`,
  // Retired products keep their names.
  `const fleetSid = "${fake("FL")}"; const deviceSid = "${fake("TH")}";`,
  `const apiKey = "${SK}"; const apiKeySid = "${SK}"; const signingKeySid = "${SK}"; const TWILIO_API_KEY = "${SK}";`,
  `const ACCOUNT_SID = "${AC}"; const twilioAccountSid = "${AC}";`,
  // Not certain enough to be a SID: stubs, other lengths, uppercase hex, lowercase or unknown prefixes.
  `const accountSid = "AC123"; const callSid = "SMXXXX";`,
  `const callSid = "${SM.slice(0, -1)}";`,
  `const callSid = "${SM.toUpperCase()}";`,
  `const callSid = "${SM.toLowerCase()}";`,
  `const callSid = "ZZ0123456789abcdef0123456789abcdef";`,
  // Not bound to a name.
  `call("${SM}"); log(\`${SM}\`);`,
  `const callSid = \`SM\${body}\`;`,
  `const callSid = ready && "${SM}";`,
  `if (callSid < "${SM}") {}`,
  `const callSid = lookup(["${SM}"]);`,
  `const callSid = ["${SM}"];`,
  "const messageSid = `${prefix}0123456789abcdef0123456789abcdef`;",
  // Not SID names.
  `const apiKeySecret = "${SK}"; const from = "${fake("MG")}"; const sids = ["${CA}", "${SM}"];`,
  `<Call sid="${SM}" />;`,
  // Options.
  { code: `const supportQueueSid = "${fake("WQ")}";`, options: [{ names: { supportQueueSid: ["WQ"] } }] },
  { code: `const SUPPORT_QUEUE_SIDS = ["${fake("WQ")}"];`, options: [{ names: { supportQueueSid: ["WQ"] } }] },
  { code: `const callSid = "${SM}";`, options: [{ names: { callSid: ["CA", "SM"] } }] },
  { code: `const legacyCallSid = "${SM}"; ({ legacy_call_sid: "${SM}" });`, options: [{ ignore: ["^legacy", "^LEGACY|_legacy|legacy_"] }] },
];

// Values known by a name or a variable: everything a precise rule must leave alone.
const followedValid: (ValidTestCase<Options> | string)[] = [
  // Polymorphic names and names with no known stem, on either side.
  `const callSid = req.body.sid; const resourceSid = req.body.MessageSid; const parentSid = event.CallSid;`,
  `const callSid = req.body.ResourceSid; const sid = process.env.TWILIO_MESSAGING_SERVICE_SID; const mySid = callSid;`,
  `const callSid = req.body.CallerSid; const callSid2 = process.env.TWILIO_FOO_SID;`,
  // Sets that overlap: a queue member and a conference participant are calls; a channel may be a conversation.
  `const memberSid = event.CallSid; const participantSid = callSid; const channelSid = req.body.ConversationSid;`,
  `const serviceSid = process.env.TWILIO_VERIFY_SERVICE_SID; const chatServiceSid = process.env.CONVERSATIONS_SERVICE_SID;`,
  // A let that is reassigned holds what its last write put there.
  `let alert = "${SM}"; alert = lookup(); const callSid = alert;`,
  // A function parameter when the function is not in the file, or not one function.
  `import { hangUp } from "./calls.js"; hangUp(req.body.MessageSid);`,
  `let hangUp = (callSid) => {}; hangUp = other; hangUp(req.body.MessageSid);`,
  `function hangUp(callSid) {} hangUp(...[req.body.MessageSid]);`,
  // Names that are not SID names.
  `const friendlyName = req.body.CallSid; const to = req.body.MessageSid; ({ identity: event.WorkerSid });`,
  // Lists and single values do not compare.
  `const callSids = req.body.MessageSid; const callSid = messageSids;`,
  // A variable bound under its own name adds nothing to its declaration, which is checked where it is.
  `const callSid = req.body.CallSid; send({ callSid }); hangUp(callSid); function hangUp(callSid) {}`,
  // Values that are not SIDs or not known.
  `const callSid = lookup(req.body.MessageSid); const workflowSid = process.env.TWILIO_WORKSPACE_SID + "";`,
  `const callSid = \`\${req.body.MessageSid}\`; const conferenceSid = req.body.MessageSid && x;`,
  // An everyday word alone says too little of what a value is; an Account SID is a username where an API key's is.
  `const executionSid = note.note_sid; const callSid = payload.request_sid; const mapSid = req.body.MapSid;`,
  `const profile = { apiKey: TWILIO_ACCOUNT_SID, apiSecret: TWILIO_AUTH_TOKEN }; const apiKey = process.env.TWILIO_ACCOUNT_SID;`,
  // Monitor's alerts name the service or resource that raised them \`service_sid\`: any prefix.
  `const serviceSid = alert.resource_sid; const service_sid = process.env.TWILIO_PHONE_NUMBER_SID;`,
  // Serverless asset versions of source maps are no Sync Maps.
  `const versionMapSid = "${fake("ZN")}"; const sourceMapSid = build.assetVersionSid; const mapSid = "${fake("MP")}";`,
  // Options: the codebase's own names, and ignored names on either side.
  { code: `const supportQueueSid = process.env.TWILIO_TASK_QUEUE_SID;`, options: [{ names: { supportQueueSid: ["WQ"] } }] },
  { code: `const callSid = legacyMessageSid;`, options: [{ ignore: ["^legacy"] }] },
];

const invalid: InvalidTestCase<MessageIds, Options>[] = [
  // Binding forms.
  {
    code: `const conferenceSid = "${CA}";`,
    errors: [
      {
        messageId: "mismatch",
        ...at(`const conferenceSid = "${CA}";`, `"${CA}"`),
        data: { name: "conferenceSid", actual: "a Call SID", value: "CA0123...def", expected: "a Conference SID (CF)" },
        suggestions: [{ messageId: "rename", data: { name: "conferenceSid", suggested: "callSid" }, output: `const callSid = "${CA}";` }],
      },
    ],
  },
  mismatch(`let callSid; callSid = "${SM}";`, `"${SM}"`),
  mismatch(`config.callSid = "${SM}";`, `"${SM}"`),
  mismatch(`config["call_sid"] = "${SM}";`, `"${SM}"`),
  mismatch(`({ callSid: "${SM}" });`, `"${SM}"`),
  mismatch(`({ call_sid: "${SM}" });`, `"${SM}"`),
  mismatch(`({ "CallSid": "${SM}" });`, `"${SM}"`),
  mismatch(`({ ["CALL_SID"]: "${SM}" });`, `"${SM}"`),
  {
    code: `class Calls { callSid = "${SM}"; static readonly CALL_SID = "${SM}"; }`,
    errors: [
      { messageId: "mismatch", ...at(`class Calls { callSid = "${SM}"; static readonly CALL_SID = "${SM}"; }`, `"${SM}"`), suggestions: [] },
      { messageId: "mismatch", ...at(`class Calls { callSid = "${SM}"; static readonly CALL_SID = "${SM}"; }`, `"${SM}"`, 1), suggestions: [] },
    ],
  },
  mismatch(`function hangUp(callSid = "${SM}") {}`, `"${SM}"`),
  mismatch(`const { callSid = "${SM}" } = req.body;`, `"${SM}"`),
  mismatch(`if (callSid === "${SM}") {}`, `"${SM}"`),
  mismatch(`if ("${SM}" !== req.body.CallSid) {}`, `"${SM}"`),
  mismatch(`if (event.CallSid == "${SM}" || event.CallSid != "${CA}") {}`, `"${SM}"`),
  mismatch(`switch (req.body.CallSid) { case "${CA}": case "${SM}": break; }`, `"${SM}"`),
  mismatch(`<Dial callSid="${SM}" />;`, `"${SM}"`),
  mismatch(`<Dial callSid={"${SM}"} />;`, `"${SM}"`),
  mismatch(`const callSids = ["${CA}", "${SM}"];`, `"${SM}"`),
  mismatch(`const sid = process.env.CALL_SID ?? "${SM}";`, `"${SM}"`),
  mismatch(`const sid = process.env.CALL_SID || "${SM}";`, `"${SM}"`),
  mismatch(`const callSid = test ? "${CA}" : "${SM}";`, `"${SM}"`),
  mismatch(`const callSid = \`${SM}\` as const;`, `\`${SM}\``),
  mismatch(`enum Sids { CallSid = "${SM}" }`, `"${SM}"`),
  // Messages built from the registry: several resources, placeholders, qualified names.
  mismatch(`({ messageSid: "${CA}" });`, `"${CA}"`, {
    name: "messageSid",
    actual: "a Call SID",
    value: "CA0123...def",
    expected: "a Message SID (MM or SM) or a Chat Message / Conversation Message SID (IM)",
  }),
  mismatch(`({ accountSid: "${"CA" + "X".repeat(32)}" });`, `"${"CA" + "X".repeat(32)}"`, {
    name: "accountSid",
    actual: "a Call SID placeholder",
    value: "CAXXXX...XXX",
    expected: "an Account SID (AC)",
  }),
  mismatch(`({ syncServiceSid: "${fake("VA")}" });`, `"${fake("VA")}"`, {
    name: "syncServiceSid",
    actual: "a Verify Service SID",
    value: "VA0123...def",
    expected: "a Service (Chat / Conversations / Sync / Notify) SID (IS)",
  }),
  mismatch(`({ participantSid: "${fake("RM")}" });`, `"${fake("RM")}"`),
  // The API-key mix-up, both ways.
  {
    code: `const client = twilio({ accountSid: "${SK}" });`,
    errors: [{ messageId: "apiKeyAsAccount", ...at(`const client = twilio({ accountSid: "${SK}" });`, `"${SK}"`), data: { name: "accountSid", value: "SK0123...def" } }],
  },
  {
    code: `const TWILIO_API_KEY = process.env.TWILIO_API_KEY ?? "${AC}";`,
    errors: [{ messageId: "accountAsApiKey", ...at(`const TWILIO_API_KEY = process.env.TWILIO_API_KEY ?? "${AC}";`, `"${AC}"`) }],
  },
  // Rename suggestions: every reference in scope, in the name's case style.
  {
    code: `function f() {\n  const message_sid = "${CA}";\n  return fetch(message_sid, { sid: message_sid });\n}`,
    errors: [
      {
        messageId: "mismatch",
        ...at(`function f() {\n  const message_sid = "${CA}";\n  return fetch(message_sid, { sid: message_sid });\n}`, `"${CA}"`),
        suggestions: [
          {
            messageId: "rename",
            data: { name: "message_sid", suggested: "call_sid" },
            output: `function f() {\n  const call_sid = "${CA}";\n  return fetch(call_sid, { sid: call_sid });\n}`,
          },
        ],
      },
    ],
  },
  {
    code: `const MESSAGE_SID = "${CF}";\nexport function dial() { return MESSAGE_SID; }`,
    errors: [
      {
        messageId: "mismatch",
        ...at(`const MESSAGE_SID = "${CF}";\nexport function dial() { return MESSAGE_SID; }`, `"${CF}"`),
        suggestions: [
          {
            messageId: "rename",
            data: { name: "MESSAGE_SID", suggested: "CONFERENCE_SID" },
            output: `const CONFERENCE_SID = "${CF}";\nexport function dial() { return CONFERENCE_SID; }`,
          },
        ],
      },
    ],
  },
  {
    code: `function f() {\n  const messageSid = "${CA}";\n  return () => messageSid;\n}`,
    errors: [
      {
        messageId: "mismatch",
        ...at(`function f() {\n  const messageSid = "${CA}";\n  return () => messageSid;\n}`, `"${CA}"`),
        suggestions: [
          {
            messageId: "rename",
            data: { name: "messageSid", suggested: "callSid" },
            output: `function f() {\n  const callSid = "${CA}";\n  return () => callSid;\n}`,
          },
        ],
      },
    ],
  },
  // No suggestion where a rename would reach past the variable: shorthand, export, a name in use, qualifiers.
  mismatch(`const messageSid = "${CA}"; send({ messageSid });`, `"${CA}"`),
  mismatch(`export const messageSid = "${CA}";`, `"${CA}"`),
  mismatch(`const messageSid = "${CA}"; function g() { return callSid ?? messageSid; }`, `"${CA}"`),
  mismatch(`const parentMessageSid = "${CA}";`, `"${CA}"`),
  { ...mismatch(`var messageSid = "${CA}";`, `"${CA}"`), languageOptions: { parserOptions: { sourceType: "script" } } },
  // `SK` is an API Key or a Signing Key: no single name to suggest.
  mismatch(`const callSid = "${SK}";`, `"${SK}"`),
  // Options.
  {
    code: `const supportQueueSid = "${fake("QU")}";`,
    options: [{ names: { supportQueueSid: ["WQ"] } }],
    errors: [
      {
        messageId: "mismatch",
        ...at(`const supportQueueSid = "${fake("QU")}";`, `"${fake("QU")}"`),
        data: { name: "supportQueueSid", actual: "a Queue SID", value: "QU0123...def", expected: "a Task Queue (TaskRouter) SID (WQ)" },
        suggestions: [],
      },
    ],
  },
  {
    code: `const callSid = "${SM}";`,
    options: [{ ignore: ["^legacy"] }],
    errors: [
      {
        messageId: "mismatch",
        ...at(`const callSid = "${SM}";`, `"${SM}"`),
        suggestions: [{ messageId: "rename", data: { name: "callSid", suggested: "messageSid" }, output: `const messageSid = "${SM}";` }],
      },
    ],
  },
];

/** One report of `messageId` at `needle` (its `occurrence`), with its data when given. */
const report = (code: string, needle: string, messageId: MessageIds, data?: Record<string, string>, occurrence = 0) => ({
  messageId,
  ...at(code, needle, occurrence),
  ...(data && { data }),
});

/** A case with one `givenName` report at `needle`. */
const given = (code: string, needle: string, data?: Record<string, string>) => ({ code, errors: [report(code, needle, "givenName", data)] });

const WS_TO_WW = {
  name: "workflowSid",
  source: "TWILIO_WORKSPACE_SID",
  actual: "a Workspace (TaskRouter) SID (WS)",
  expected: "a Workflow (TaskRouter) SID (WW)",
};

const followedInvalid: InvalidTestCase<MessageIds, Options>[] = [
  // Every binding form, with a name as the evidence.
  given(`const settings = { workflowSid: process.env.TWILIO_WORKSPACE_SID };`, "process.env.TWILIO_WORKSPACE_SID", WS_TO_WW),
  given(`const workflowSid = process.env.TWILIO_WORKSPACE_SID;`, "process.env.TWILIO_WORKSPACE_SID", WS_TO_WW),
  given(`let workflowSid; workflowSid = process.env.TWILIO_WORKSPACE_SID;`, "process.env.TWILIO_WORKSPACE_SID"),
  given(`this.workflowSid = process.env.TWILIO_WORKSPACE_SID;`, "process.env.TWILIO_WORKSPACE_SID"),
  given(`config.workflowSid ??= process.env.TWILIO_WORKSPACE_SID;`, "process.env.TWILIO_WORKSPACE_SID"),
  given(`function route(workflowSid = process.env.TWILIO_WORKSPACE_SID) {}`, "process.env.TWILIO_WORKSPACE_SID"),
  given(`const { workflowSid = process.env.TWILIO_WORKSPACE_SID } = options;`, "process.env.TWILIO_WORKSPACE_SID"),
  given(`class Router { workflowSid = process.env.TWILIO_WORKSPACE_SID; }`, "process.env.TWILIO_WORKSPACE_SID"),
  given(`const el = <Router workflowSid={process.env.TWILIO_WORKSPACE_SID} />;`, "process.env.TWILIO_WORKSPACE_SID"),
  given(`client.messages.create({ messagingServiceSid: process.env.TWILIO_PHONE_NUMBER_SID, to, body });`, "process.env.TWILIO_PHONE_NUMBER_SID", {
    name: "messagingServiceSid",
    source: "TWILIO_PHONE_NUMBER_SID",
    actual: "a Phone Number (Incoming / Outgoing Caller ID / sender) SID (PN) or a Port In Phone Number SID (PU)",
    expected: "a Messaging Service SID (MG)",
  }),
  {
    code: `const { MessageSid: callSid } = req.body;`,
    errors: [report(`const { MessageSid: callSid } = req.body;`, "MessageSid: callSid", "givenName")],
  },
  // Every evidence kind: a webhook parameter, Functions' context and event, import.meta.env, a destructured key, an alias.
  given(`const callSid = req.body.MessageSid;`, "req.body.MessageSid", {
    name: "callSid",
    source: "MessageSid",
    actual: "a Message SID (MM or SM) or a Chat Message / Conversation Message SID (IM)",
    expected: "a Call SID (CA)",
  }),
  {
    code: `exports.handler = (context, event) => ({ workspaceSid: context.WORKFLOW_SID, taskSid: event.ReservationSid });`,
    errors: [
      report(`exports.handler = (context, event) => ({ workspaceSid: context.WORKFLOW_SID,`, "context.WORKFLOW_SID", "givenName"),
      report(`exports.handler = (context, event) => ({ workspaceSid: context.WORKFLOW_SID, taskSid: event.ReservationSid });`, "event.ReservationSid", "givenName"),
    ],
  },
  given(`const flowSid = import.meta.env.VITE_TWILIO_WORKFLOW_SID;`, "import.meta.env.VITE_TWILIO_WORKFLOW_SID"),
  {
    code: `const { TWILIO_WORKSPACE_SID: id } = process.env; const workflowSid = id;`,
    errors: [report(`const { TWILIO_WORKSPACE_SID: id } = process.env; const workflowSid = id;`, "id", "givenName", WS_TO_WW, 2)],
  },
  {
    code: `const wf = process.env.TWILIO_WORKSPACE_SID; const settings = { workflowSid: wf };`,
    errors: [report(`const wf = process.env.TWILIO_WORKSPACE_SID; const settings = { workflowSid: wf };`, "wf", "givenName", WS_TO_WW, 1)],
  },
  given(`const workflowSid = process.env.TWILIO_WORKSPACE_SID ?? "";`, `process.env.TWILIO_WORKSPACE_SID ?? ""`),
  given(`const conferenceSid = req.body.DequeingCallSid;`, "req.body.DequeingCallSid"),
  // A variable resolved to the literal it holds.
  {
    code: `const ALERT = "${SM}";\nconst cfg = { callSid: ALERT };`,
    errors: [
      report(`const ALERT = "${SM}";\nconst cfg = { callSid: ALERT };`, "ALERT", "givenValue", {
        name: "callSid",
        source: "ALERT",
        actual: "a Message SID",
        value: "SM0123...def",
        expected: "a Call SID (CA)",
      }, 1),
    ],
  },
  {
    code: `let alert = ("${SM}" as const); const callSid = alert!;`,
    errors: [report(`let alert = ("${SM}" as const); const callSid = alert!;`, "alert!", "givenValue")],
  },
  // Arguments bound to parameters of functions declared in the file, hoisted or not.
  {
    code: `hangUp(req.body.MessageSid);\nasync function hangUp(callSid) { return client.calls(callSid).update({ status: "completed" }); }`,
    errors: [
      report(`hangUp(req.body.MessageSid);`, "req.body.MessageSid", "argumentName", {
        callee: "hangUp",
        name: "callSid",
        source: "MessageSid",
        actual: "a Message SID (MM or SM) or a Chat Message / Conversation Message SID (IM)",
        expected: "a Call SID (CA)",
      }),
    ],
  },
  {
    code: `const notify = (to, messagingServiceSid = "") => {};\nnotify(to, process.env.TWILIO_PHONE_NUMBER_SID);`,
    errors: [report(`const notify = (to, messagingServiceSid = "") => {};\nnotify(to, process.env.TWILIO_PHONE_NUMBER_SID);`, "process.env.TWILIO_PHONE_NUMBER_SID", "argumentName")],
  },
  {
    code: `const hangUp = function (callSid) {};\nhangUp("${SM}");\nnew Call("${SM}");\nfunction Call(callSid) {}`,
    errors: [
      report(`const hangUp = function (callSid) {};\nhangUp("${SM}");`, `"${SM}"`, "argumentValue", {
        callee: "hangUp",
        name: "callSid",
        actual: "a Message SID",
        value: "SM0123...def",
        expected: "a Call SID (CA)",
      }),
      report(`const hangUp = function (callSid) {};\nhangUp("${SM}");\nnew Call("${SM}");`, `"${SM}"`, "argumentValue", undefined, 1),
    ],
  },
  {
    // Destructured parameters bind by the object's keys.
    code: `const assign = ({ workerSid }) => {};\nassign({ workerSid: event.TaskSid });`,
    errors: [report(`const assign = ({ workerSid }) => {};\nassign({ workerSid: event.TaskSid });`, "event.TaskSid", "givenName")],
  },
];

ruleTester.run("sid-prefix-matches-name", rule, { valid: [...valid, ...followedValid], invalid: [...invalid, ...followedInvalid] });

// JSON members through @eslint/json, with ESLint's own tester: @typescript-eslint's has no `language`.
EslintRuleTester.describe = describe as never;
EslintRuleTester.it = it as never;
EslintRuleTester.itOnly = it.only as never;

new EslintRuleTester({ plugins: { json }, language: "json/json" }).run("sid-prefix-matches-name (JSON)", rule as never, {
  valid: [
    `{ "callSid": "${CA}", "messageSids": ["${SM}", "${fake("MM")}"], "sid": "${SM}" }`,
    `{ "callSid": "SM123", "${SM}": "callSid", "notes": ["${SM}"] }`,
    `["${SM}", { "CallSid": { "nested": "${SM}" } }]`,
  ],
  invalid: [
    {
      code: `{\n  "MessagingServiceSid": "${CA}",\n  "callSids": ["${CA}", "${SM}"]\n}`,
      errors: [
        { messageId: "mismatch", ...at(`{\n  "MessagingServiceSid": "${CA}",\n  "callSids": ["${CA}", "${SM}"]\n}`, `"${CA}"`) },
        { messageId: "mismatch", ...at(`{\n  "MessagingServiceSid": "${CA}",\n  "callSids": ["${CA}", "${SM}"]\n}`, `"${SM}"`) },
      ],
    },
    {
      code: `{ "accountSid": "${SK}" }`,
      errors: [{ messageId: "apiKeyAsAccount", ...at(`{ "accountSid": "${SK}" }`, `"${SK}"`) }],
    },
  ],
});

// A corpus of realistic files: webhook handlers, config modules, tests full of stubs, JSON settings, a minified
// bundle, JSX. Every report it gets is listed here; anything else is a false alarm.
describe("sid-prefix-matches-name on the corpus", () => {
  const corpus = new URL("../fixtures/sid-prefix-matches-name/", import.meta.url);
  const plugin = { rules: { "sid-prefix-matches-name": rule } } as never;
  const rules = { "twilio-sid/sid-prefix-matches-name": "error" } as const;
  const config: Linter.Config[] = [
    { files: ["**/*.js"], plugins: { "twilio-sid": plugin }, rules },
    {
      files: ["**/*.ts", "**/*.tsx"],
      plugins: { "twilio-sid": plugin },
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      rules,
    },
    { files: ["**/*.json"], plugins: { json, "twilio-sid": plugin }, language: "json/json", rules },
  ];

  it("reports exactly the mismatches planted in it", () => {
    const linter = new Linter();
    const reports = readdirSync(corpus)
      .sort()
      .flatMap((file) =>
        linter
          .verify(readFileSync(new URL(file, corpus), "utf8"), config, file)
          .map((message) => `${file}:${message.line}:${message.column} ${message.messageId ?? message.message}${message.suggestions?.length ? " (rename)" : ""}`),
      );
    expect(reports).toEqual([
      "CallPanel.tsx:14:25 mismatch",
      "CallPanel.tsx:23:38 mismatch",
      "calls.test.ts:38:24 mismatch (rename)",
      "config.js:7:22 apiKeyAsAccount",
      "config.js:10:25 mismatch",
      "settings.json:5:22 mismatch",
      "settings.json:6:63 mismatch",
      "webhook.ts:13:70 mismatch",
      "webhook.ts:40:29 mismatch",
    ]);
  });
});

// Keys of YAML, TOML and `.env` files, and `NAME=value` pairs and front matter in Markdown, name their values.
const PN = fake("PN");
const YAML_MISMATCH = `env:\n  TWILIO_MESSAGING_SERVICE_SID: ${PN}\n  callSids:\n    - ${CA}\n    - "${SM}"\nservices:\n  app:\n    environment:\n      - TWILIO_WORKSPACE_SID=${fake("WW")}\n`;
languageTester("yaml").run("sid-prefix-matches-name (YAML)", rule as never, {
  valid: [
    `env:\n  TWILIO_MESSAGING_SERVICE_SID: ${fake("MG")}\n  TWILIO_ACCOUNT_SID: AC123\n  sid: ${SM}\n  notes: [${SM}]\n  ${SM}: callSid\n`,
    `environment:\n  - TWILIO_WORKSPACE_SID=${fake("WS")}\n  - FRIENDLY_NAME=${CA}\n`,
  ],
  invalid: [
    {
      code: YAML_MISMATCH,
      errors: [
        errorAt(YAML_MISMATCH, PN, "mismatch", {
          data: { name: "TWILIO_MESSAGING_SERVICE_SID", actual: "a Phone Number (Incoming / Outgoing Caller ID / sender) SID", value: "PN0123...def", expected: "a Messaging Service SID (MG)" },
        }),
        errorAt(YAML_MISMATCH, `"${SM}"`, "mismatch"),
        errorAt(YAML_MISMATCH, fake("WW"), "mismatch"),
      ],
    },
  ],
});

const TOML_MISMATCH = `[vars]\nTWILIO_MESSAGING_SERVICE_SID = "${PN}"\n[twilio.account]\nsid = "${SK}"\naccount_sid = '${SK}'\ncall_sids = ["${CA}", "${SM}"]\n`;
languageTester("toml").run("sid-prefix-matches-name (TOML)", rule as never, {
  valid: [`[vars]\nTWILIO_MESSAGING_SERVICE_SID = "${fake("MG")}"\nsid = "${SM}"\nnotes = ["${SM}"]\n`],
  invalid: [
    {
      code: TOML_MISMATCH,
      errors: [
        errorAt(TOML_MISMATCH, `"${PN}"`, "mismatch"),
        errorAt(TOML_MISMATCH, `'${SK}'`, "apiKeyAsAccount"),
        errorAt(TOML_MISMATCH, `"${SM}"`, "mismatch"),
      ],
    },
  ],
});

const DOTENV_MISMATCH = `TWILIO_ACCOUNT_SID=${SK}\nexport TWILIO_MESSAGING_SERVICE_SID="${PN}"\nTWILIO_ACCOUNT_SID_PROD=${fake("AC")}\nVITE_TWILIO_FLOW_SID=${fake("FO")}\nVITE_TWILIO_SYNC_SERVICE_SID=${fake("VA")}\n`;
languageTester("dotenv").run("sid-prefix-matches-name (.env)", rule as never, {
  valid: [`TWILIO_ACCOUNT_SID=${fake("AC")}\nTWILIO_API_KEY=${SK}\nTWILIO_AUTH_TOKEN=${SM.slice(2)}\nSID=${SM}\n# TWILIO_ACCOUNT_SID=${SK}\n`],
  invalid: [
    {
      code: DOTENV_MISMATCH,
      errors: [
        errorAt(DOTENV_MISMATCH, SK, "apiKeyAsAccount"),
        errorAt(DOTENV_MISMATCH, PN, "mismatch"),
        errorAt(DOTENV_MISMATCH, fake("VA"), "mismatch"),
      ],
    },
  ],
});

const MD_MISMATCH = `---\nmessaging_service_sid: ${PN}\n---\n\n\`\`\`sh\nexport TWILIO_ACCOUNT_SID=${SK}\ntwilio api:core:calls:fetch --call-sid ${SM}\n\`\`\`\n`;
languageTester("markdown").run("sid-prefix-matches-name (Markdown)", rule as never, {
  valid: [
    `Your \`TWILIO_ACCOUNT_SID\` looks like ${SK}.\n\n\`\`\`js\nconst callSid = "x";\n\`\`\`\n\n\`\`\`text\nTWILIO_ACCOUNT_SID=${SK}\n\`\`\`\n`,
    `\`\`\`bash\ntwilio api:core:calls:fetch --sid ${SM}\nTWILIO_ACCOUNT_SID=${fake("AC")}\n\`\`\`\n`,
  ],
  invalid: [
    {
      code: MD_MISMATCH,
      errors: [errorAt(MD_MISMATCH, PN, "mismatch"), errorAt(MD_MISMATCH, SK, "apiKeyAsAccount"), errorAt(MD_MISMATCH, SM, "mismatch")],
    },
  ],
});
