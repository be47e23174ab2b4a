import { readdirSync, readFileSync } from "node:fs";
import tsParser from "@typescript-eslint/parser";
import { RuleTester, type InvalidTestCase, type ValidTestCase } from "@typescript-eslint/rule-tester";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { HAS_SHARED_TABLES, SHARED_DIR, SKIPPED_WITHOUT_TABLES } from "../../scripts/generators.js";
import { readTsv } from "../../scripts/tsv.js";
import rule, { type MessageIds, type Options } from "../../rules/sid-matches-resource.js";
import { chainPositions } from "../../src/chains.js";
import { PREFIXES } from "../../src/registry.generated.js";
import { at, errorAt, fake } from "./helpers.js";
import { languageTester } from "./languages.js";

const CA = fake("CA");
const SM = fake("SM");
const CF = fake("CF");
const IS = fake("IS");
const ET = fake("ET");
const AC = fake("AC");
const PA = fake("PA");
const RM = fake("RM");
const MG = fake("MG");
const DN = fake("DN");
/** A prefix Twilio never used. */
const UNKNOWN = ["ZZ", "QX", "XQ"].find((prefix) => !PREFIXES.has(prefix))!;

const IMPORT = `import twilio from "twilio";\nconst client = twilio(accountSid, authToken);\n`;

/** One report of a literal SID (quoted in `code` with double quotes). */
const literal = (code: string, sid: string, data: Record<string, string>, occurrence = 0) => ({
  messageId: "wrongPrefix" as const,
  ...at(code, `"${sid}"`, occurrence),
  data,
});

/** One report of a SID name. */
const named = (code: string, name: string, data: Record<string, string>, occurrence = 0) => ({
  messageId: "wrongName" as const,
  ...at(code, name, occurrence),
  data,
});

const callsSm = { callee: "client.calls", expected: "a Call SID (CA...)", prefix: "SM", actual: "a Message SID" };

const ruleTester = new RuleTester();
const tsTester = new RuleTester({ languageOptions: { parser: tsParser } });

const valid: (string | ValidTestCase<Options>)[] = [
  // Right prefixes through every form of chain.
  `${IMPORT}client.calls("${CA}").fetch();`,
  `${IMPORT}client.messages("${SM}").fetch();`,
  `${IMPORT}client.api.v2010.accounts("${AC}").calls("${CA}").update({ status: "completed" });`,
  `${IMPORT}client.api.accounts("${AC}").calls("${CA}").fetch();`,
  `${IMPORT}client.api.v2010.account.calls("${CA}").fetch();`,
  `${IMPORT}client.conferences("${CF}").participants("${CA}").update({ hold: true });`,
  `${IMPORT}client.video.v1.rooms("${RM}").participants("${PA}").fetch();`,
  `${IMPORT}client.sync.services("${IS}").documents("${ET}").fetch();`,
  `${IMPORT}client.messaging.v1.linkshorteningMessagingService("${DN}", "${MG}").create();`,
  // Names that fit, or say nothing about the prefix.
  `${IMPORT}client.calls(callSid).fetch(); client.calls(parentCallSid); client.calls(sid); client.calls(id);`,
  `${IMPORT}client.conferences(conferenceSid).participants(participantSid).fetch();`,
  `${IMPORT}client.calls(event.CallSid).fetch(); client.calls(req.body.sid);`,
  // A name of any resource (polymorphic) or a list of SIDs is not one SID of a known kind.
  `${IMPORT}client.calls(resourceSid); client.calls(messageSids);`,
  // Unique names and identities: any non-SID string, and names derived from other resources (a document per call).
  `${IMPORT}client.sync.v1.services("default").documents("session-state").fetch();`,
  `${IMPORT}client.sync.v1.services(syncServiceSid).documents(callSid).fetch();`,
  `${IMPORT}client.conferences("${CF}").participants("agent-1").fetch();`,
  `${IMPORT}client.conferences(conferenceSid).participants(conferenceSid).fetch();`,
  `${IMPORT}client.voice.v1.archivedCalls(new Date(), "${CA}").remove();`,
  // Stubs, malformed and look-alike strings are valid-sid's business, not a resource mismatch.
  `${IMPORT}client.calls("SM123").fetch(); client.calls("SM0123456789abcdef").fetch(); client.calls("sm0123456789abcdef0123456789abcdef");`,
  `${IMPORT}client.calls("${fake(UNKNOWN)}").fetch();`,
  // Chains the table does not know: retired products, newer APIs, non-SID ids, other methods.
  `${IMPORT}client.preview.deployedDevices.fleets("${SM}").fetch();`,
  `${IMPORT}client.autopilot.v1.assistants("${SM}").fetch();`,
  `${IMPORT}client.conversations.v2.participants("${SM}", "${CA}");`,
  `${IMPORT}client.calls.create({ to, from, url: "${SM}" }); client.calls.each("${SM}"); client.calls.list("${SM}");`,
  `${IMPORT}client.lookups.v2.phoneNumbers("${SM}").fetch();`,
  // Objects that are not known clients.
  `api.calls("${SM}").fetch();`,
  `const client = makeClient(); client.calls("${SM}").fetch();`,
  `${IMPORT}function handle(client) { client.calls("${SM}"); }`,
  `${IMPORT}{ const client = other(); client.calls("${SM}"); }`,
  `import twilio from "not-twilio"; const client = twilio(); client.calls("${SM}");`,
  `${IMPORT}let service = client.sync.v1.services("${IS}"); service.documents("${CA}");`,
  `${IMPORT}const alias = client; alias.calls("${CA}");`,
  `${IMPORT}client[method]("${SM}"); client.calls[0]("${SM}");`,
  // Configured clients only when configured.
  { code: `this.twilio.calls("${SM}");`, options: [{ clients: ["deps.twilioClient"] }] },
];

const invalid: InvalidTestCase<MessageIds, Options>[] = [];
const add = (code: string, errors: InvalidTestCase<MessageIds, Options>["errors"], options?: Options) =>
  invalid.push({ code, errors, ...(options && { options }) });

// Every way of getting a client.
for (const root of [
  `import twilio from "twilio";\nconst client = twilio(accountSid, authToken);`,
  `import { Twilio } from "twilio";\nconst client = new Twilio(accountSid, authToken);`,
  `import { Twilio as TwilioClient } from "twilio";\nconst client = TwilioClient(accountSid, authToken);`,
  `import * as twilio from "twilio";\nconst client = new twilio.Twilio(accountSid, authToken);`,
  `import twilio from "twilio";\nconst client = twilio.Twilio(accountSid, authToken);`,
  `const twilio = require("twilio");\nconst client = twilio(accountSid, authToken);`,
  `const twilio = require("twilio");\nconst client = new twilio.Twilio(accountSid, authToken);`,
  `const { Twilio } = require("twilio");\nconst client = new Twilio(accountSid, authToken);`,
  `const client = require("twilio")(accountSid, authToken);`,
  `const client = new (require("twilio").Twilio)(accountSid, authToken);`,
  `exports.handler = async function (context, event, callback) {\nconst client = context.getTwilioClient();`,
]) {
  const code = `${root}\nclient.calls("${SM}").fetch();${root.endsWith(";") && root.includes("handler") ? "\n};" : ""}`;
  add(code, [literal(code, SM, callsSm)]);
}

{
  const code = `import twilio from "twilio";\ntwilio(accountSid, authToken).calls("${SM}").fetch();`;
  add(code, [literal(code, SM, { ...callsSm, callee: "twilio(...).calls" })]);
}
{
  const code = `exports.handler = (context, event, callback) => context.getTwilioClient().calls("${SM}").fetch();`;
  add(code, [literal(code, SM, { ...callsSm, callee: "context.getTwilioClient().calls" })]);
}
{
  const code = `const client = await context.getTwilioClient();\nawait client.calls("${SM}").fetch();`;
  add(code, [literal(code, SM, callsSm)]);
}

// Shortcut and version forms of the same position.
for (const callee of ["client.api.calls", "client.api.account.calls", "client.api.v2010.account.calls"]) {
  const code = `${IMPORT}${callee}("${SM}").fetch();`;
  add(code, [literal(code, SM, { ...callsSm, callee })]);
}
for (const [written, callee] of [
  [`client.api.v2010.accounts("${AC}").calls`, "client.api.v2010.accounts(...).calls"],
  [`client.api.accounts("${AC}").calls`, "client.api.accounts(...).calls"],
]) {
  const code = `${IMPORT}${written}("${SM}").fetch();`;
  add(code, [literal(code, SM, { ...callsSm, callee: callee! })]);
}
{
  const code = `${IMPORT}client.api.v2010.accounts("${CA}").fetch();`;
  add(code, [literal(code, CA, { callee: "client.api.v2010.accounts", expected: "an Account SID (AC...)", prefix: "CA", actual: "a Call SID" })]);
}
{
  const code = `${IMPORT}client.sync.services("${IS}").documents("${CA}").fetch();\nclient.sync.v1.services("${ET}");`;
  add(code, [
    literal(code, CA, { callee: "client.sync.services(...).documents", expected: "a Sync Document SID (ET...)", prefix: "CA", actual: "a Call SID" }),
    literal(code, ET, { callee: "client.sync.v1.services", expected: "a Service (Chat / Conversations / Sync / Notify) SID (IS...)", prefix: "ET", actual: "a Sync Document SID" }),
  ]);
}

// The same method name takes different prefixes under different parents.
{
  const code = `${IMPORT}client.conferences("${CF}").participants("${PA}");\nclient.video.v1.rooms("${RM}").participants("${CA}");`;
  add(code, [
    literal(code, PA, { callee: "client.conferences(...).participants", expected: "a Call SID (CA...)", prefix: "PA", actual: "a Room Participant (Video) SID" }),
    literal(code, CA, { callee: "client.video.v1.rooms(...).participants", expected: "a Room Participant (Video) SID (PA...)", prefix: "CA", actual: "a Call SID" }),
  ]);
}

// Intermediate contexts in `const` bindings, `await`ed instances, optional chaining.
{
  const code = `${IMPORT}const service = client.sync.v1.services("${IS}");\nservice.documents("${CA}").fetch();`;
  add(code, [literal(code, CA, { callee: "service.documents", expected: "a Sync Document SID (ET...)", prefix: "CA", actual: "a Call SID" })]);
}
{
  const code = `${IMPORT}const sync = client.sync.v1;\nconst service = sync.services("${IS}");\nconst calls = client.calls;\nservice.documents("${CA}");\ncalls("${SM}");`;
  add(code, [
    literal(code, CA, { callee: "service.documents", expected: "a Sync Document SID (ET...)", prefix: "CA", actual: "a Call SID" }),
    literal(code, SM, { ...callsSm, callee: "calls" }),
  ]);
}
{
  const code = `${IMPORT}const alias = client;\nalias.calls("${SM}");`;
  add(code, [literal(code, SM, { ...callsSm, callee: "alias.calls" })]);
}
{
  const code = `${IMPORT}const service = await client.sync.v1.services("${IS}").fetch();\nawait service.documents("${CA}").fetch();`;
  add(code, [literal(code, CA, { callee: "service.documents", expected: "a Sync Document SID (ET...)", prefix: "CA", actual: "a Call SID" })]);
}
{
  const code = `${IMPORT}await client?.calls?.("${SM}")?.fetch();\nclient!.queues?.(messageSid);`;
  add(code, [
    literal(code, SM, { ...callsSm, callee: "client?.calls" }),
    named(code, "messageSid", {
      callee: "client.queues",
      expected: "a Queue SID (QU...)",
      name: "messageSid",
      actual: "a Chat Message / Conversation Message SID (IM...) or a Message SID (MM... or SM...)",
    }),
  ]);
}

// Names whose prefixes cannot fit.
{
  const code = `${IMPORT}client.calls(messageSid).fetch();\nclient.calls(req.body.MessageSid);\nclient.queues(event["QueueSid"]).members(conferenceSid);`;
  const message = "a Chat Message / Conversation Message SID (IM...) or a Message SID (MM... or SM...)";
  add(code, [
    named(code, "messageSid", { callee: "client.calls", expected: "a Call SID (CA...)", name: "messageSid", actual: message }),
    named(code, "req.body.MessageSid", { callee: "client.calls", expected: "a Call SID (CA...)", name: "MessageSid", actual: message }),
    named(code, "conferenceSid", {
      callee: "client.queues(...).members",
      expected: "a Call SID (CA...)",
      name: "conferenceSid",
      actual: "a Conference SID (CF...)",
    }),
  ]);
}

// Multi-argument version-level methods: each argument has its own position.
{
  const code = `${IMPORT}client.messaging.v1.linkshorteningMessagingService("${MG}", "${DN}");`;
  const callee = "client.messaging.v1.linkshorteningMessagingService";
  add(code, [
    literal(code, MG, { callee, expected: "a Domain (IAM domain / Messaging link-shortening domain) SID (DN...) as argument 1", prefix: "MG", actual: "a Messaging Service SID" }),
    literal(code, DN, { callee, expected: "a Messaging Service SID (MG...) as argument 2", prefix: "DN", actual: "a Domain (IAM domain / Messaging link-shortening domain) SID" }),
  ]);
}
{
  const code = `${IMPORT}client.voice.v1.archivedCalls(day, "${SM}").remove();`;
  add(code, [literal(code, SM, { callee: "client.voice.v1.archivedCalls", expected: "a Call SID (CA...) as argument 2", prefix: "SM", actual: "a Message SID" })]);
}

// A placeholder of the wrong resource in docs code is the same mistake.
{
  const placeholder = `SM${"X".repeat(32)}`;
  const code = `${IMPORT}client.calls("${placeholder}").fetch();`;
  add(code, [literal(code, placeholder, callsSm)]);
}
// Unique-name positions still reject a SID of another resource written as a literal.
{
  const code = `${IMPORT}client.sync.v1.services("${IS}").documents("${CA}");`;
  add(code, [literal(code, CA, { callee: "client.sync.v1.services(...).documents", expected: "a Sync Document SID (ET...)", prefix: "CA", actual: "a Call SID" })]);
}
// Template literals without expressions are literals.
{
  const code = `${IMPORT}client.calls(\`${SM}\`);`;
  add(code, [{ messageId: "wrongPrefix", ...at(code, `\`${SM}\``), data: callsSm }]);
}
// Configured clients.
{
  const code = `class Notifier {\n  send() {\n    return this.twilio.calls("${SM}").fetch();\n  }\n}\ndeps.twilioClient.calls(messageSid);`;
  add(
    code,
    [
      literal(code, SM, { ...callsSm, callee: "this.twilio.calls" }),
      { messageId: "wrongName", ...at(code, "messageSid") },
    ],
    [{ clients: ["this.twilio", "deps.twilioClient"] }],
  );
}
{
  const code = `class Notifier {\n  constructor() {\n    this.client = require("twilio")();\n  }\n  send() {\n    return this.client.calls("${SM}");\n  }\n}`;
  add(code, [literal(code, SM, { ...callsSm, callee: "this.client.calls" })]);
}

// Values followed to what they hold: variables resolved to literals, destructured resources, names of env variables.
valid.push(
  // A variable that holds the right SID, or holds it no longer.
  `${IMPORT}const CALL = "${CA}"; client.calls(CALL).fetch();`,
  `${IMPORT}let alert = "${SM}"; alert = await lookup(); client.calls(alert).fetch();`,
  `${IMPORT}const { calls } = client; calls(req.body.CallSid).fetch();`,
  `${IMPORT}client.calls(process.env.TWILIO_CALL_SID).fetch(); client.messages(req.body.SmsSid).fetch();`,
  // A conference's friendly name may be any string, another resource's SID above all (Flex names one per task).
  `${IMPORT}await client.conferences(taskSid).participants.create({ from, to });`,
  `${IMPORT}await client.conferences("${fake("WT")}").participants.create({ from, to });`,
  `${IMPORT}const conference = client.conferences(task.attributes.taskSid ?? reservationSid);\nawait conference.participants.create({ from, to });`,
  `${IMPORT}client.conferences?.(taskSid)?.participants.create({ from, to });`,
  `${IMPORT}const participants = client.conferences(event.taskSid).participants;\nawait participants.create({ from, to });`,
  // Positions that take a unique name, identity or friendly name besides SIDs (non_sid_positions.tsv).
  `${IMPORT}client.chat.v2.services(serviceSid).channels(callSid).fetch(); client.chat.v2.services(serviceSid).users(workerSid).fetch();`,
  `${IMPORT}client.ipMessaging.v2.services(serviceSid).channels(channelSid).members(workerSid).fetch();`,
  `${IMPORT}client.sync.v1.services(serviceSid).syncStreams(callSid).fetch(); client.video.v1.rooms(taskSid).fetch();`,
  `${IMPORT}client.video.v1.rooms(roomSid).participants(workerSid).publishedTracks(callSid).fetch();`,
  `${IMPORT}client.supersim.v1.sims(deviceSid).fetch(); client.wireless.v1.ratePlans(planSid).fetch();`,
  `${IMPORT}client.taskrouter.v1.workspaces(workspaceSid).workers(workerSid).workerChannels(taskChannelSid).fetch();`,
  `${IMPORT}client.verify.v2.services(verifyServiceSid).verifications(phoneNumberSid).update({ status: "approved" });`,
  `${IMPORT}client.intelligence.v2.services(serviceSid).fetch();`,
  `${IMPORT}client.calls(callSid).recordings("Twilio.CURRENT").update({ status: "paused" }); client.queues(queueSid).members("Front").update({ url });`,
);
{
  const code = `${IMPORT}const ALERT = "${SM}";\nclient.calls(ALERT).fetch();\nconst { calls } = client;\ncalls(ALERT).fetch();`;
  const data = { expected: "a Call SID (CA...)", name: "ALERT", actual: "a Message SID", value: "SM0123...def" };
  add(code, [
    { messageId: "wrongValue", ...at(code, "ALERT", 1), data: { ...data, callee: "client.calls" } },
    { messageId: "wrongValue", ...at(code, "ALERT", 2), data: { ...data, callee: "calls" } },
  ]);
}
{
  const code = `exports.handler = async (context, event, callback) => {\n  const { messages } = context.getTwilioClient();\n  await messages(event.CallSid).fetch();\n};`;
  add(code, [named(code, "event.CallSid", { callee: "messages", expected: "a Message SID (MM... or SM...)", name: "CallSid", actual: "a Call SID (CA...)" })]);
}
{
  const code = `${IMPORT}const sid = req.body.MessageSid;\nawait client.calls(sid).update({ status: "completed" });\nawait client.conferences(req.body.CallSid).fetch();`;
  add(code, [
    named(code, "sid", {
      callee: "client.calls",
      expected: "a Call SID (CA...)",
      name: "MessageSid",
      actual: "a Chat Message / Conversation Message SID (IM...) or a Message SID (MM... or SM...)",
    }, 1),
    named(code, "req.body.CallSid", { callee: "client.conferences", expected: "a Conference SID (CF...)", name: "CallSid", actual: "a Call SID (CA...)" }),
  ]);
}
{
  // Fetching or updating a conference takes its SID, whatever creating participants takes.
  const code = `${IMPORT}client.conferences(taskSid).fetch();\nclient.conferences("${fake("WT")}").participants(callSid).update({ hold: true });`;
  add(code, [
    named(code, "taskSid", { callee: "client.conferences", expected: "a Conference SID (CF...)", name: "taskSid", actual: "a Task (TaskRouter) SID (WT...)" }),
    literal(code, fake("WT"), { callee: "client.conferences", expected: "a Conference SID (CF...)", prefix: "WT", actual: "a Task (TaskRouter) SID" }),
  ]);
}
{
  const code = `${IMPORT}client.messages.create({ body }); client.messaging.v1.services(process.env.TWILIO_PHONE_NUMBER_SID).fetch();`;
  add(code, [
    named(code, "process.env.TWILIO_PHONE_NUMBER_SID", {
      callee: "client.messaging.v1.services",
      expected: "a Messaging Service SID (MG...)",
      name: "TWILIO_PHONE_NUMBER_SID",
      actual: "a Phone Number (Incoming / Outgoing Caller ID / sender) SID (PN...) or a Port In Phone Number SID (PU...)",
    }),
  ]);
}

ruleTester.run("sid-matches-resource", rule, { valid, invalid });

// TypeScript: clients by annotation, no type information.
const tsValid: (string | ValidTestCase<Options>)[] = [
  `import type { Twilio } from "other";\nfunction f(client: Twilio) { client.calls("${SM}"); }`,
  `import type { Twilio } from "twilio";\nfunction f(client: Other) { client.calls("${SM}"); }`,
  `import type { Twilio } from "twilio";\nfunction f(client: Twilio) { client.calls("${CA}"); }`,
];
const tsInvalid: InvalidTestCase<MessageIds, Options>[] = [];
for (const source of [
  `import type { Twilio } from "twilio";\nexport function hangUp(client: Twilio) {\n  return client.calls("${SM}").fetch();\n}`,
  `import { Twilio } from "twilio";\nlet client: Twilio;\nclient.calls("${SM}");`,
  `import twilio from "twilio";\nexport const hangUp = async (client: twilio.Twilio) => client.calls("${SM}").fetch();`,
  `import type { Twilio } from "twilio";\nclass Calls {\n  constructor(private readonly client: Twilio) {}\n  hangUp() { return this.client.calls("${SM}"); }\n}`,
  `import type { Twilio } from "twilio";\nclass Calls {\n  private client!: Twilio;\n  hangUp() { return this.client.calls("${SM}"); }\n}`,
]) {
  const callee = source.includes("this.client") ? "this.client.calls" : "client.calls";
  tsInvalid.push({ code: source, errors: [literal(source, SM, { ...callsSm, callee })] });
}
tsTester.run("sid-matches-resource (TypeScript)", rule, { valid: tsValid, invalid: tsInvalid });

// The whole chain table, as written by callers: an allowed literal is silent, a foreign one is reported.
const rows = HAS_SHARED_TABLES ? readTsv(SHARED_DIR, "node_chains_detail.tsv") : [];
const callable = new Set(rows.map((row) => `${row.domain_property}|${row.version_property}|${row.chain}`));
const current = [...PREFIXES].filter(([, record]) => !record.retired).map(([prefix]) => prefix);

/** `client.api.v2010.accounts(id).sip.domains(id).auth.calls.credentialListMappings` for a row. */
function writtenCallee(row: Record<string, string>): string {
  const names = row.chain!.split(".");
  const head =
    row.domain_property === "root" ? [] : row.version_property === "-" ? [row.domain_property!] : [row.domain_property!, row.version_property!];
  return ["client", ...head, ...names.map((name, index) => {
    const chain = names.slice(0, index + 1).join(".");
    const isCall = index < names.length - 1 && callable.has(`${row.domain_property}|${row.version_property}|${chain}`);
    return isCall ? `${name}(id)` : name;
  })].join(".");
}

const tableValid: ValidTestCase<Options>[] = [];
const tableInvalid: InvalidTestCase<MessageIds, Options>[] = [];
// Every third row keeps the run short; test/src/chains.test.ts checks every row's lookup.
for (const row of rows.filter((_, index) => index % 3 === 0)) {
  const names = [...(row.domain_property === "root" ? [] : [row.domain_property!]), ...(row.version_property === "-" || row.domain_property === "root" ? [] : [row.version_property!]), ...row.chain!.split(".")];
  const positions = chainPositions(names);
  const index = positions?.findIndex((position) => position.prefixes.length > 0) ?? -1;
  if (!positions || index < 0) continue;
  const allowed = positions[index]!.prefixes;
  const foreign = current.find((prefix) => !allowed.includes(prefix as never))!;
  const callee = writtenCallee(row);
  const args = (sid: string) => positions.map((_, at) => (at === index ? `"${sid}"` : "id")).join(", ");
  tableValid.push({ name: `${callee} takes ${allowed[0]}`, code: `${IMPORT}${callee}(${args(fake(allowed[0]!))});` });
  const code = `${IMPORT}${callee}(${args(fake(foreign))});`;
  tableInvalid.push({ name: `${callee} rejects ${foreign}`, code, errors: [{ messageId: "wrongPrefix", ...at(code, `"${fake(foreign)}"`) }] });
}
if (HAS_SHARED_TABLES) ruleTester.run("sid-matches-resource (chain table)", rule, { valid: tableValid, invalid: tableInvalid });
else it("says it skipped the chain-table walk", () => console.warn(SKIPPED_WITHOUT_TABLES));

// Realistic files: Functions, an Express app, injected clients, tests full of stubs and mocks, docs placeholders.
// Only the two planted mistakes may be reported.
describe("sid-matches-resource on a corpus", () => {
  const corpus = new URL("../fixtures/sid-matches-resource/corpus/", import.meta.url);
  const expected: Record<string, string[]> = {
    "mistakes.js": ["7:22 wrongName", "13:28 wrongPrefix"],
  };
  it.each(readdirSync(corpus))("%s", (file) => {
    const config: Linter.Config = {
      files: ["**/*.js", "**/*.ts"],
      plugins: { "twilio-sid": { rules: { "sid-matches-resource": rule as never } } },
      rules: { "twilio-sid/sid-matches-resource": "error" },
      ...(file.endsWith(".ts") && { languageOptions: { parser: tsParser as never } }),
    };
    const messages = new Linter({ configType: "flat" }).verify(readFileSync(new URL(file, corpus), "utf8"), [config], file);
    expect(messages.map(({ line, column, messageId, message }) => `${line}:${column} ${messageId ?? message}`)).toEqual(expected[file] ?? []);
  });
});

// SIDs in Twilio REST URLs, in any language: the path names the resource of each SID in it.
const WT = fake("WT");
const SK = fake("SK");
const callsUrl = (sid: string) => `https://api.twilio.com/2010-04-01/Accounts/${AC}/Calls/${sid}.json`;
const pathError = (code: string, needle: string, data: Record<string, string>, occurrence = 0) =>
  errorAt(code, needle, "wrongPathSid", { occurrence, data });
const CALLS_SM = { collection: "Calls", expected: "a Call SID (CA...)", prefix: "SM", actual: "a Message SID" };
const URL_JS = [
  `fetch("${callsUrl(SM)}");`,
  `const url = \`https://api.twilio.com/2010-04-01/Accounts/\${accountSid}/Calls/${SM}.json\`;`,
  `await got.post("/2010-04-01/Accounts/${SK}/Messages.json");`,
  `const room = "https://video.twilio.com/v1/Rooms/${CA}";`,
  `const map = "https://sync.twilio.com/v1/Services/${IS}/Maps/${ET}";`,
].join("\n");
ruleTester.run("sid-matches-resource (REST URLs in code)", rule, {
  valid: [
    `fetch("${callsUrl(CA)}"); fetch("https://api.twilio.com/2010-04-01/Accounts/${AC}/Messages/${fake("MM")}/Media.json");`,
    // Friendly names where the API takes them: a conference named after a task, to add participants.
    `fetch("https://api.twilio.com/2010-04-01/Accounts/${AC}/Conferences/AgentConf12/Participants.json");`,
    `fetch("https://api.twilio.com/2010-04-01/Accounts/${AC}/Conferences/${WT}/Participants.json");`,
    // Hosts that are not Twilio's, and paths after an expression whose host is unknown.
    `fetch("https://example.com/2010-04-01/Accounts/${SK}/Calls/${SM}.json"); fetch("http://localhost:3000/2010-04-01/Accounts/${SK}/Calls.json");`,
    `fetch(\`\${mockServer}/2010-04-01/Accounts/${SK}/Calls.json\`); fetch("https://www.twilio.com/docs/api/${SM}");`,
    // Paths the table does not know, and ids that are no SIDs.
    `fetch("https://api.twilio.com/2010-04-01/Accounts/${AC}/Widgets/${SM}.json"); fetch("https://video.twilio.com/v1/Rooms/DailyStandup");`,
  ],
  invalid: [
    {
      code: URL_JS,
      errors: [
        pathError(URL_JS, SM, CALLS_SM),
        pathError(URL_JS, SM, CALLS_SM, 1),
        pathError(URL_JS, SK, { collection: "Accounts", expected: "an Account SID (AC...)", prefix: "SK", actual: "an API Key / Signing Key SID" }),
        pathError(URL_JS, CA, { collection: "Rooms", expected: "a Room (Video) SID (RM...)", prefix: "CA", actual: "a Call SID" }),
        pathError(URL_JS, ET, { collection: "Maps", expected: "a Sync Map SID (MP...)", prefix: "ET", actual: "a Sync Document SID" }),
      ],
    },
  ],
});

const URL_JSON = `{ "statusCallback": "${callsUrl(SM)}", "ok": "${callsUrl(CA)}" }`;
languageTester("json").run("sid-matches-resource (REST URLs in JSON)", rule as never, {
  valid: [`{ "statusCallback": "${callsUrl(CA)}" }`],
  invalid: [{ code: URL_JSON, errors: [pathError(URL_JSON, SM, CALLS_SM)] }],
});

const URL_YAML = `env:\n  STATUS_CALLBACK: ${callsUrl(SM)}\n  ROOM: "https://video.twilio.com/v1/Rooms/${CA}"\n`;
languageTester("yaml").run("sid-matches-resource (REST URLs in YAML)", rule as never, {
  valid: [`env:\n  STATUS_CALLBACK: ${callsUrl(CA)}\n`],
  invalid: [{ code: URL_YAML, errors: [pathError(URL_YAML, SM, CALLS_SM), errorAt(URL_YAML, CA, "wrongPathSid")] }],
});
const URL_TOML = `[vars]\nWEBHOOK = "${callsUrl(SM)}"\n`;
languageTester("toml").run("sid-matches-resource (REST URLs in TOML)", rule as never, {
  valid: [`[vars]\nWEBHOOK = "${callsUrl(CA)}"\n`],
  invalid: [{ code: URL_TOML, errors: [pathError(URL_TOML, SM, CALLS_SM)] }],
});
const URL_DOTENV = `CALL_URL="${callsUrl(SM)}"\n`;
languageTester("dotenv").run("sid-matches-resource (REST URLs in .env)", rule as never, {
  valid: [`CALL_URL=${callsUrl(CA)}\n`],
  invalid: [{ code: URL_DOTENV, errors: [pathError(URL_DOTENV, SM, CALLS_SM)] }],
});
const URL_MARKDOWN = `Fetch [the call](${callsUrl(SM)}), or run:\n\n\`\`\`sh\ncurl -u "$SID:$TOKEN" https://api.twilio.com/2010-04-01/Accounts/${SK}/Messages.json\n\`\`\`\n\nThen <https://video.twilio.com/v1/Rooms/${CA}>.\n`;
languageTester("markdown").run("sid-matches-resource (REST URLs in Markdown)", rule as never, {
  valid: [`See [a conference](https://api.twilio.com/2010-04-01/Accounts/${AC}/Conferences/${WT}/Participants.json).\n`],
  invalid: [
    {
      code: URL_MARKDOWN,
      errors: [pathError(URL_MARKDOWN, SM, CALLS_SM), errorAt(URL_MARKDOWN, SK, "wrongPathSid"), errorAt(URL_MARKDOWN, CA, "wrongPathSid")],
    },
  ],
});
