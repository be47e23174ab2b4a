// Both rules with type information: a fixture project (test/fixtures/typed) whose modules the cases import, with
// twilio's real declarations. Each case also runs without types, where it must do exactly what the syntactic rules do.
import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import { RuleTester, type InvalidTestCase, type ValidTestCase } from "@typescript-eslint/rule-tester";
import { Linter } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import matchesResource from "../../rules/sid-matches-resource.js";
import prefixMatchesName from "../../rules/sid-prefix-matches-name.js";
import { at, fake } from "./helpers.js";

const PROJECT = path.join(import.meta.dirname, "../fixtures/typed");
const TYPED = { parserOptions: { project: "./tsconfig.json", tsconfigRootDir: PROJECT } };

/** Creating the fixture's program (twilio's 758 declaration files) is the slow part; the cases reuse it. */
const PROGRAM_TIMEOUT = 240_000;

const typedTester = new RuleTester({ languageOptions: TYPED });
const untypedTester = new RuleTester();

const CA = fake("CA");
const SM = fake("SM");
const IS = fake("IS");
const WS = fake("WS");

const SID_TYPES = `import type { CallSid, ConferenceSid, DomainSid, IamRoleSid, MessageSid, MessagingServiceSid, PhoneNumberSid, RoomSid, Sid, TaskSid } from "eslint-plugin-twilio-sid/sid";\n`;
const CLIENT = `import { twilioClient } from "./twilio";\n`;

interface Expected {
  messageId: string;
  line: number;
  column: number;
  endColumn: number;
  data: Record<string, string>;
}

/** One typed case: the reports with types, and without them (what the syntactic rule sees, usually nothing). */
interface Case {
  code: string;
  typed: Expected[];
  untyped?: Expected[];
}

/** A report at the `occurrence`th `needle` of `code`; a `|` in the needle ends the reported text (`sid|).fetch`). */
function report(code: string, needle: string, messageId: string, data: Record<string, string>, occurrence = 0): Expected {
  const end = needle.indexOf("|");
  const place = at(code, needle.replace("|", ""), occurrence);
  return { messageId, ...place, endColumn: end < 0 ? place.endColumn : place.column + end, data };
}

/** Runs the cases with types and without, each against its own expectation. */
function run(name: string, rule: Parameters<RuleTester["run"]>[1], cases: readonly Case[]): void {
  const split = (expected: (entry: Case) => Expected[]) => ({
    valid: cases.filter((entry) => expected(entry).length === 0).map((entry): ValidTestCase<never> => ({ code: entry.code })),
    invalid: cases
      .filter((entry) => expected(entry).length > 0)
      .map((entry): InvalidTestCase<string, never> => ({ code: entry.code, errors: expected(entry) })),
  });
  typedTester.run(`${name} with types`, rule, split((entry) => entry.typed));
  untypedTester.run(`${name} without types`, rule, split((entry) => entry.untyped ?? []));
}

beforeAll(() => {
  // Builds the program once, before the cases' own timeouts start.
  const messages = new Linter({ configType: "flat" }).verify(
    "export {};",
    [{ files: ["**/*.ts"], languageOptions: { parser: tsParser, ...TYPED } }],
    path.join(PROJECT, "file.ts"),
  );
  expect(messages).toEqual([]);
}, PROGRAM_TIMEOUT);

const calls = { callee: "twilioClient.calls", expected: "a Call SID (CA...)" };
const messageSid = { type: "MessageSid", actual: "a Message SID (SM... or MM...)" };

const resourceCases: Case[] = [];
/** Adds a case of `sid-matches-resource`; `reports` places its reports in the code. */
function resource(code: string, reports: (code: string) => Expected[] = () => [], untyped: (code: string) => Expected[] = () => []): void {
  resourceCases.push({ code, typed: reports(code), untyped: untyped(code) });
}

// An imported client: the file never shows it being made.
resource(`${SID_TYPES}${CLIENT}export async function cancel(failedSid: MessageSid) {\n  await twilioClient.calls(failedSid).update({ status: "canceled" });\n}\n`, (code) => [
  report(code, "failedSid|)", "wrongType", { ...calls, name: "failedSid", ...messageSid }),
]);
// A `const` of another module, known by its literal type.
resource(`${CLIENT}import { ALERT_MESSAGE_SID, SIDS } from "./sids";\ntwilioClient.calls(ALERT_MESSAGE_SID).fetch();\ntwilioClient.queues(SIDS.alertMessage).fetch();\n`, (code) => [
  report(code, "ALERT_MESSAGE_SID|)", "wrongValue", { ...calls, name: "ALERT_MESSAGE_SID", actual: "a Message SID", value: "SM0123...def" }),
  report(code, "SIDS.alertMessage", "wrongValue", {
    callee: "twilioClient.queues",
    expected: "a Queue SID (QU...)",
    name: "SIDS.alertMessage",
    actual: "a Message SID",
    value: "SM0123...def",
  }),
]);
// An injected client under the app's own type name, and a name as the evidence.
resource(
  `import type { TwilioClient } from "./twilio";\nexport class CallService {\n  constructor(private readonly client: TwilioClient) {}\n  hangUp(messageSid: string) {\n    return this.client.calls(messageSid).update({ status: "completed" });\n  }\n}\n`,
  (code) => [report(code, "messageSid|)", "wrongName", { callee: "this.client.calls", expected: "a Call SID (CA...)", name: "messageSid", actual: "a Chat Message / Conversation Message SID (IM...) or a Message SID (MM... or SM...)" })],
);
// An injected `Twilio`: the syntactic rule finds the client, only the type says what the value holds.
resource(
  `${SID_TYPES}import type { Twilio } from "twilio";\nexport class Alerts {\n  constructor(private readonly client: Twilio) {}\n  retry(failed: MessageSid) {\n    return this.client.calls(failed).fetch();\n  }\n}\n`,
  (code) => [report(code, "failed|)", "wrongType", { callee: "this.client.calls", expected: "a Call SID (CA...)", name: "failed", ...messageSid })],
);
// Callback parameters.
resource(`${SID_TYPES}import { withClient } from "./helpers";\nexport const fetchCall = (sid: MessageSid) => withClient((c) => c.calls(sid).fetch());\n`, (code) => [
  report(code, "sid|).fetch", "wrongType", { callee: "c.calls", expected: "a Call SID (CA...)", name: "sid", ...messageSid }),
]);
resource(
  `import { twilioExecute, type FunctionContext } from "./helpers";\nexport const handler = (context: FunctionContext, event: { SmsSid: string }) =>\n  twilioExecute(context, (client) => client.calls(event.SmsSid).fetch());\n`,
  (code) => [report(code, "event.SmsSid", "wrongName", { callee: "client.calls", expected: "a Call SID (CA...)", name: "SmsSid", actual: "a Message SID (MM... or SM...)" })],
);
// A context kept in a class field.
resource(
  `${SID_TYPES}${CLIENT}export class Router {\n  private readonly workspace = twilioClient.taskrouter.v1.workspaces("${WS}");\n  worker(task: TaskSid) {\n    return this.workspace.workers(task).fetch();\n  }\n}\n`,
  (code) => [
    report(code, "task|).fetch", "wrongType", {
      callee: "this.workspace.workers",
      expected: "a Worker (TaskRouter) SID (WK...)",
      name: "task",
      type: "TaskSid",
      actual: "a Task (TaskRouter) SID (WT...)",
    }),
  ],
);
// A `const` room context: a message SID is no recording; the room's own SID is no participant.
resource(
  `${SID_TYPES}${CLIENT}export async function close(roomSid: RoomSid, message: MessageSid) {\n  const room = twilioClient.video.v1.rooms(roomSid);\n  await room.recordings(message).fetch();\n  await room.participants(roomSid).update({ status: "disconnected" });\n}\n`,
  (code) => [
    report(code, "message|).fetch", "wrongType", {
      callee: "room.recordings",
      expected: "a Recording (Video) SID (RT...)",
      name: "message",
      ...messageSid,
    }),
    report(code, "roomSid|).update", "wrongType", {
      callee: "room.participants",
      expected: "a Room Participant (Video) SID (PA...)",
      name: "roomSid",
      type: "RoomSid",
      actual: "a Room (Video) SID (RM...)",
    }),
  ],
);
// A destructured resource of an imported client.
resource(`${SID_TYPES}${CLIENT}const { calls } = twilioClient;\nexport const fetchFailed = (failed: MessageSid) => calls(failed).fetch();\n`, (code) => [
  report(code, "failed|).fetch", "wrongType", { callee: "calls", expected: "a Call SID (CA...)", name: "failed", ...messageSid }),
]);
// Generics: a client of a constrained type, a value of a constrained type.
resource(
  `${SID_TYPES}import type { Twilio } from "twilio";\n${CLIENT}export function fetchWith<C extends Twilio>(client: C, sid: MessageSid) {\n  return client.calls(sid).fetch();\n}\nexport function hangUp<S extends MessageSid>(sid: S) {\n  return twilioClient.calls(sid).remove();\n}\n`,
  (code) => [
    report(code, "sid|).fetch", "wrongType", { callee: "client.calls", expected: "a Call SID (CA...)", name: "sid", ...messageSid }),
    report(code, "sid|).remove", "wrongType", { ...calls, name: "sid", type: "S", actual: "a Message SID (SM... or MM...)" }),
  ],
);
// An optional client: the callee's type is the list whether or not the client is there.
resource(`${SID_TYPES}import type { Twilio } from "twilio";\nexport const maybe = (client: Twilio | undefined, failed: MessageSid) => client?.calls(failed).fetch();\n`, (code) => [
  report(code, "failed|).fetch", "wrongType", { callee: "client?.calls", expected: "a Call SID (CA...)", name: "failed", ...messageSid }),
]);
// Conference and call SIDs swapped: the conference's own SID is no participant label.
resource(
  `${SID_TYPES}${CLIENT}export async function swapLegs(conference: ConferenceSid, agentLeg: CallSid) {\n  await twilioClient\n    .conferences(agentLeg)\n    .participants(conference)\n    .update({ endConferenceOnExit: false });\n}\n`,
  (code) => [
    report(code, "agentLeg|)", "wrongType", {
      callee: "twilioClient.conferences",
      expected: "a Conference SID (CF...)",
      name: "agentLeg",
      type: "CallSid",
      actual: "a Call SID (CA...)",
    }),
    report(code, "conference|)", "wrongType", {
      callee: "twilioClient.conferences(...).participants",
      expected: "a Call SID (CA...)",
      name: "conference",
      type: "ConferenceSid",
      actual: "a Conference SID (CF...)",
    }),
  ],
);
// The same swap where the names say it too: without types the position's labels keep the name silent.
resource(
  `${SID_TYPES}import twilio from "twilio";\nconst client = twilio();\nexport const mute = (conferenceSid: ConferenceSid, callSid: CallSid) =>\n  client.conferences(callSid).participants(conferenceSid).update({ muted: true });\n`,
  (code) => [
    report(code, "callSid|)", "wrongType", { callee: "client.conferences", expected: "a Conference SID (CF...)", name: "callSid", type: "CallSid", actual: "a Call SID (CA...)" }),
    report(code, "conferenceSid|).update", "wrongType", {
      callee: "client.conferences(...).participants",
      expected: "a Call SID (CA...)",
      name: "conferenceSid",
      type: "ConferenceSid",
      actual: "a Conference SID (CF...)",
    }),
  ],
  (code) => [report(code, "callSid|)", "wrongName", { callee: "client.conferences", expected: "a Conference SID (CF...)", name: "callSid", actual: "a Call SID (CA...)" })],
);
// Unions, optional values, `Sid<...>`, a plain template type and a branded SID.
resource(
  `${SID_TYPES}${CLIENT}export function pick(target: CallSid | ConferenceSid, later?: MessageSid, roles?: Sid<"SM" | "MM">) {\n  twilioClient.messages(target).fetch();\n  twilioClient.calls(later!).fetch();\n  twilioClient.calls(roles ?? "${CA}").fetch();\n}\ndeclare const raw: \`SM\${string}\`;\ndeclare const branded: MessageSid & { readonly brand: unique symbol };\ntwilioClient.calls(raw).fetch();\ntwilioClient.calls(branded).fetch();\n`,
  (code) => [
    report(code, "target|)", "wrongType", {
      callee: "twilioClient.messages",
      expected: "a Message SID (MM... or SM...)",
      name: "target",
      type: "CallSid | ConferenceSid",
      actual: "a Call SID (CA...) or a Conference SID (CF...)",
    }),
    report(code, "later!", "wrongType", { ...calls, name: "later!", type: "`SM${string}` | `MM${string}`", actual: "a Message SID (SM... or MM...)" }),
    report(code, "raw|)", "wrongType", { ...calls, name: "raw", type: "`SM${string}`", actual: "a Message SID (SM...)" }),
    report(code, "branded|)", "wrongType", { ...calls, name: "branded", type: "MessageSid & { readonly brand: unique...", actual: "a Message SID (SM... or MM...)" }),
  ],
);
// A version's method and a list of two arguments.
resource(
  `${SID_TYPES}${CLIENT}export function admin(role: MessageSid, domain: DomainSid, service: MessagingServiceSid) {\n  twilioClient.iam.v1.rolePermission(role);\n  return twilioClient.messaging.v1.linkshorteningMessagingService(service, domain).fetch();\n}\n`,
  (code) => [
    report(code, "role|)", "wrongType", { callee: "twilioClient.iam.v1.rolePermission", expected: "a Role (IAM) SID (IX...)", name: "role", ...messageSid }),
    report(code, "service|, ", "wrongType", {
      callee: "twilioClient.messaging.v1.linkshorteningMessagingService",
      expected: "a Domain (IAM domain / Messaging link-shortening domain) SID (DN...) as argument 1",
      name: "service",
      type: "MessagingServiceSid",
      actual: "a Messaging Service SID (MG...)",
    }),
    report(code, "domain|)", "wrongType", {
      callee: "twilioClient.messaging.v1.linkshorteningMessagingService",
      expected: "a Messaging Service SID (MG...) as argument 2",
      name: "domain",
      type: "DomainSid",
      actual: "a Domain (IAM domain / Messaging link-shortening domain) SID (DN...)",
    }),
  ],
);

// A name that does not fit has the value's type as the last word.
resource(
  `${SID_TYPES}import twilio from "twilio";\nconst client = twilio();\nexport const fetchBoth = (messageSid: CallSid, callSid: MessageSid) => [client.calls(messageSid).fetch(), client.messages(callSid).fetch()];\n`,
  () => [],
  (code) => [
    report(code, "messageSid|).fetch", "wrongName", {
      callee: "client.calls",
      expected: "a Call SID (CA...)",
      name: "messageSid",
      actual: "a Chat Message / Conversation Message SID (IM...) or a Message SID (MM... or SM...)",
    }),
    report(code, "callSid|).fetch", "wrongName", { callee: "client.messages", expected: "a Message SID (MM... or SM...)", name: "callSid", actual: "a Call SID (CA...)" }),
  ],
);
// Silent: types that say nothing or fit, look-alikes, unknown declarations, names derived from SIDs.
resource(`${SID_TYPES}${CLIENT}export function ok(callSid: CallSid, id: string, payload: any, message: MessageSid, either: CallSid | MessageSid, some: Sid) {\n  twilioClient.calls(callSid).fetch();\n  twilioClient.calls(id).fetch();\n  twilioClient.calls(payload.sid).fetch();\n  twilioClient.messages(message).fetch();\n  twilioClient.calls(either).fetch();\n  twilioClient.calls(some).fetch();\n}\n`);
resource(`${SID_TYPES}import { telephony } from "./telephony";\nexport function elsewhere(failed: MessageSid, agentLeg: CallSid, conference: ConferenceSid) {\n  telephony.calls(failed);\n  telephony.conferences(agentLeg).participants(conference);\n}\n`);
resource(`${SID_TYPES}import type { LegacyClient } from "./legacy/twilio/lib/rest/voice/calls";\nexport const legacy = (client: LegacyClient, failed: MessageSid) => client.calls(failed).fetch();\n`);
resource(`${SID_TYPES}${CLIENT}export async function callState(callSid: CallSid, taskSid: TaskSid) {\n  await twilioClient.sync.v1.services("${IS}").documents(callSid).fetch();\n  await twilioClient.conferences(taskSid).participants.create({ from: "+15005550006", to: "+15005550006" });\n}\n`);
resource(`${SID_TYPES}function calls(id: string) {\n  return id;\n}\nexport const own = (failed: MessageSid) => calls(failed);\n`);
resource(`${CLIENT}declare const category: \`CATEGORY_\${string}\`;\ndeclare const cafe: \`CA-\${string}\`;\ntwilioClient.calls(category).fetch();\ntwilioClient.calls(cafe).fetch();\ntwilioClient.calls("${CA}").fetch();\n`);
resource(`${SID_TYPES}import { withClient } from "./helpers";\ndeclare function withAny(run: (client: any) => unknown): void;\nexport const viaAny = (failed: MessageSid) => withAny((c) => c.calls(failed));\nexport const wrong = (failed: MessageSid) => withClient((c) => c.calls.list({ parentCallSid: failed }));\n`);
// Odd code the checker answers oddly: unions with look-alikes, lists of the app's own, spreads, calls of `never`.
resource(
  `${SID_TYPES}import type { CallListInstance } from "twilio/lib/rest/api/v2010/account/call";\nimport { telephony } from "./telephony";\ninterface TeamListInstance {\n  (sid: string): void;\n}\ndeclare const api: { calls: CallListInstance } | typeof telephony;\ndeclare const mine: { calls: TeamListInstance };\ndeclare const nothing: never;\ndeclare const ids: [MessageSid];\nexport function odd(failed: MessageSid) {\n  api.calls(failed);\n  mine.calls(failed);\n  nothing.calls(failed);\n  (api as { calls: CallListInstance }).calls(...ids);\n}\n`,
);
// The typed client (`/twilio`): the compiler checks its calls, so the rule leaves them alone.
resource(
  `${SID_TYPES}import twilio from "twilio";\nimport { typedClient } from "eslint-plugin-twilio-sid/twilio";\nconst client = typedClient(twilio());\nexport async function hangUp(failed: MessageSid) {\n  // @ts-expect-error -- a MessageSid is not a CallSid.\n  await client.calls(failed).fetch();\n}\n`,
);
// Literals and names keep their meaning: a literal written in place is the syntactic rule's whether or not types exist.
resource(`${CLIENT}twilioClient.calls("${SM}").fetch();\n`, (code) => [
  report(code, `"${SM}"`, "wrongPrefix", { ...calls, prefix: "SM", actual: "a Message SID" }),
]);

run("sid-matches-resource", matchesResource, resourceCases);

const nameCases: Case[] = [];
/** Adds a case of `sid-prefix-matches-name`. */
function named(code: string, reports: (code: string) => Expected[] = () => [], untyped: (code: string) => Expected[] = () => []): void {
  nameCases.push({ code, typed: reports(code), untyped: untyped(code) });
}
const expectsCall = { name: "callSid", expected: "a Call SID (CA)" };
const messageValue = { type: "MessageSid", actual: "a Message SID (SM or MM)" };

// Bindings whose own type is `string` or none: the compiler lets the message SID through.
named(
  `${SID_TYPES}export function track(failed: MessageSid) {\n  const callSid = failed;\n  const payload: { callSid: string } = { callSid: failed };\n  return [callSid, payload];\n}\n`,
  (code) => [
    report(code, "failed|;", "givenType", { ...expectsCall, source: "failed", ...messageValue }),
    report(code, "failed| }", "givenType", { ...expectsCall, source: "failed", ...messageValue }),
  ],
);
named(
  `${SID_TYPES}${CLIENT}export const send = (pn: PhoneNumberSid) =>\n  twilioClient.messages.create({ messagingServiceSid: pn, to: "+15005550006", body: "Hi" });\n`,
  (code) => [
    report(code, "pn|,", "givenType", {
      name: "messagingServiceSid",
      source: "pn",
      type: "PhoneNumberSid",
      actual: "a Phone Number (Incoming / Outgoing Caller ID / sender) SID (PN)",
      expected: "a Messaging Service SID (MG)",
    }),
  ],
);
named(
  `${SID_TYPES}function hangUp(callSid: string) {\n  return callSid;\n}\nexport const stop = (failed: MessageSid) => hangUp(failed);\n`,
  (code) => [report(code, "failed|)", "argumentType", { ...expectsCall, callee: "hangUp", source: "failed", ...messageValue })],
);
named(`${SID_TYPES}declare const failed: MessageSid;\nexport class Leg {\n  callSid = failed;\n}\n`, (code) => [
  report(code, "failed|;\n}", "givenType", { ...expectsCall, source: "failed", ...messageValue }),
]);
// A `const` of another module, known by its literal type.
// Without types its name still says what it holds.
named(
  `import { ALERT_MESSAGE_SID } from "./sids";\nexport const callSid = ALERT_MESSAGE_SID;\n`,
  (code) => [report(code, "ALERT_MESSAGE_SID|;", "givenValue", { ...expectsCall, source: "ALERT_MESSAGE_SID", actual: "a Message SID", value: "SM0123...def" })],
  (code) => [
    report(code, "ALERT_MESSAGE_SID|;", "givenName", {
      ...expectsCall,
      source: "ALERT_MESSAGE_SID",
      actual: "a Message SID (MM or SM) or a Chat Message / Conversation Message SID (IM)",
    }),
  ],
);
// A name that does not fit has the value's type as the last word: a misnamed value of the right type is fine,
// one of the wrong type is reported by its type.
named(
  `${SID_TYPES}export function legs(messageSid: CallSid, conferenceSid: MessageSid) {\n  const callSid = messageSid;\n  const parentCallSid = conferenceSid;\n  return [callSid, parentCallSid];\n}\n`,
  (code) => [report(code, "conferenceSid|;", "givenType", { name: "parentCallSid", expected: "a Call SID (CA)", source: "conferenceSid", ...messageValue })],
  (code) => [
    report(code, "messageSid|;", "givenName", {
      ...expectsCall,
      source: "messageSid",
      actual: "a Message SID (MM or SM) or a Chat Message / Conversation Message SID (IM)",
    }),
    report(code, "conferenceSid|;", "givenName", { name: "parentCallSid", expected: "a Call SID (CA)", source: "conferenceSid", actual: "a Conference SID (CF)" }),
  ],
);

// Silent: the binding's own SID type is the compiler's check; fitting, overlapping and plural bindings.
named(`${SID_TYPES}declare const failed: MessageSid;\n// @ts-expect-error -- the compiler reports this one.\nexport const callSid: CallSid = failed;\nfunction hangUp(callSid: CallSid) {\n  return callSid;\n}\n// @ts-expect-error -- and this one.\nhangUp(failed);\n`);
named(`${SID_TYPES}export function fine(leg: CallSid, either: CallSid | MessageSid, failed: MessageSid, id: string) {\n  const callSid = leg;\n  const parentCallSid = either;\n  const participantSid = leg;\n  const callSids = failed;\n  const call_sid = id;\n  return [callSid, parentCallSid, participantSid, callSids, call_sid];\n}\n`);

run("sid-prefix-matches-name", prefixMatchesName, nameCases);

describe("the typed fixtures", () => {
  it("hold cases that only types reveal", () => {
    const typedOnly = [...resourceCases, ...nameCases].filter((entry) => entry.typed.length > 0 && (entry.untyped ?? []).length === 0);
    expect(typedOnly.length).toBeGreaterThan(10);
  });
});
