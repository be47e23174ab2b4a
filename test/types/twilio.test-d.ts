import type twilio from "twilio";
import type { CallContext, CallInstance, CallListInstance } from "twilio/lib/rest/api/v2010/account/call.js";
import type { MessageInstance, MessageListInstanceCreateOptions } from "twilio/lib/rest/api/v2010/account/message.js";
import type { DocumentInstance } from "twilio/lib/rest/sync/v1/service/document.js";
import { describe, expectTypeOf, test } from "vitest";
import type {
  AccountSid,
  CallSid,
  MessageSid,
  MessagingServiceSid,
  PhoneNumberSid,
  RecordingSid,
  SyncDocumentSid,
  SyncServiceSid,
} from "../../src/sid.js";
import { typedClient, type TypedTwilio } from "../../src/twilio.js";

declare const client: TypedTwilio;
type First<F> = F extends (first: infer A, ...rest: never) => unknown ? A : never;

/** True when `A` and `B` hold the same strings: the client's parameter types are the aliases under a name errors print. */
type SameStrings<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe("positions", () => {
  test("take the SID type of their resource", () => {
    expectTypeOf<SameStrings<First<TypedTwilio["calls"]>, CallSid>>().toEqualTypeOf<true>();
    expectTypeOf<SameStrings<First<TypedTwilio["api"]["v2010"]["account"]["messages"]>, MessageSid>>().toEqualTypeOf<true>();
    expectTypeOf<SameStrings<First<TypedTwilio["api"]["v2010"]["accounts"]>, AccountSid>>().toEqualTypeOf<true>();
    expectTypeOf<SameStrings<First<ReturnType<TypedTwilio["api"]["v2010"]["accounts"]>["recordings"]>, RecordingSid>>().toEqualTypeOf<true>();
    expectTypeOf<SameStrings<First<TypedTwilio["calls"]["get"]>, CallSid>>().toEqualTypeOf<true>();
  });

  test("take a documented literal beside the SID", () => {
    expectTypeOf<First<ReturnType<TypedTwilio["calls"]>["recordings"]>>().toExtend<RecordingSid | "Twilio.CURRENT">();
    expectTypeOf<"Twilio.CURRENT">().toExtend<First<ReturnType<TypedTwilio["calls"]>["recordings"]>>();
  });

  test("keep twilio's `string` where a unique name or identity may stand", () => {
    expectTypeOf<First<ReturnType<TypedTwilio["sync"]["v1"]["services"]>["documents"]>>().toEqualTypeOf<string>();
    expectTypeOf<First<TypedTwilio["conferences"]>>().toEqualTypeOf<string>();
  });

  test("lead to contexts whose sub-resources are typed too", () => {
    const documents = client.sync.v1.services("default").documents;
    expectTypeOf(documents("state").fetch).returns.resolves.toHaveProperty("sid").toEqualTypeOf<SyncDocumentSid>();
    expectTypeOf(documents("state").fetch).returns.resolves.toHaveProperty("serviceSid").toEqualTypeOf<SyncServiceSid>();
  });
});

describe("results", () => {
  test("carry the kinds of their SIDs: own, parents' and `*Sid` properties", () => {
    type Created = Awaited<ReturnType<TypedTwilio["messages"]["create"]>>;
    expectTypeOf<Created["sid"]>().toEqualTypeOf<MessageSid>();
    expectTypeOf<Created["accountSid"]>().toEqualTypeOf<AccountSid>();
    expectTypeOf<Created["messagingServiceSid"]>().toEqualTypeOf<MessagingServiceSid>();
    type Fetched = Awaited<ReturnType<ReturnType<TypedTwilio["calls"]>["fetch"]>>;
    expectTypeOf<Fetched["parentCallSid"]>().toEqualTypeOf<CallSid>();
    // The spec uses `phone_number_sid` for PN and for PU (port-in numbers): which one a call holds is not a fact.
    expectTypeOf<Fetched["phoneNumberSid"]>().toEqualTypeOf<string>();
  });

  test("come from every method that returns instances", () => {
    expectTypeOf(client.calls.list).returns.resolves.items.toHaveProperty("sid").toEqualTypeOf<CallSid>();
    expectTypeOf(client.calls.page).returns.resolves.toHaveProperty("instances").items.toHaveProperty("sid").toEqualTypeOf<CallSid>();
    expectTypeOf(client.calls.createWithHttpInfo).returns.resolves.toHaveProperty("body").toHaveProperty("sid").toEqualTypeOf<CallSid>();
    client.calls.each((call) => expectTypeOf(call.sid).toEqualTypeOf<CallSid>());
    client.calls.list((_error, calls) => expectTypeOf(calls[0]!.sid).toEqualTypeOf<CallSid>());
  });

  test("are still twilio's classes, with twilio's other fields", () => {
    expectTypeOf(client.calls.list).returns.resolves.items.toExtend<CallInstance>();
    expectTypeOf(client.messages.create).returns.resolves.toExtend<MessageInstance>();
    expectTypeOf(client.calls.list).returns.resolves.items.toHaveProperty("status").toEqualTypeOf<CallInstance["status"]>();
    expectTypeOf(client.sync.v1.services("default").documents.list).returns.resolves.items.toExtend<DocumentInstance>();
  });

  test("walk an instance's own methods and sub-resource accessors", () => {
    // Typed overloads come before twilio's, so a call picks them (`returns` would read the last overload).
    const fetched = {} as Awaited<ReturnType<ReturnType<TypedTwilio["calls"]>["fetch"]>>;
    expectTypeOf(fetched.update({ status: "completed" })).resolves.toHaveProperty("sid").toEqualTypeOf<CallSid>();
    expectTypeOf(fetched.fetch()).resolves.toHaveProperty("sid").toEqualTypeOf<CallSid>();
    expectTypeOf(fetched.recordings().list()).resolves.items.toHaveProperty("callSid").toEqualTypeOf<CallSid>();
  });
});

describe("options", () => {
  test("`*Sid` properties take their kind, or an empty string that clears them", () => {
    type Options = First<TypedTwilio["messages"]["create"]>;
    expectTypeOf<NonNullable<Options["messagingServiceSid"]>>().toExtend<MessagingServiceSid | "">();
    expectTypeOf<PhoneNumberSid>().not.toExtend<NonNullable<Options["messagingServiceSid"]>>();
    expectTypeOf<string>().not.toExtend<NonNullable<Options["messagingServiceSid"]>>();
  });

  test("other properties keep twilio's types and optionality", () => {
    type Options = First<TypedTwilio["messages"]["create"]>;
    expectTypeOf<Options["to"]>().toEqualTypeOf<MessageListInstanceCreateOptions["to"]>();
    expectTypeOf<Options["body"]>().toEqualTypeOf<MessageListInstanceCreateOptions["body"]>();
    expectTypeOf<Options["sendAt"]>().toEqualTypeOf<MessageListInstanceCreateOptions["sendAt"]>();
  });
});

describe("members the tree does not name", () => {
  test("are exactly twilio's", () => {
    expectTypeOf<TypedTwilio["calls"]["getPage"]>().toEqualTypeOf<CallListInstance["getPage"]>();
    expectTypeOf<TypedTwilio["calls"]["_uri"]>().toEqualTypeOf<CallListInstance["_uri"]>();
    expectTypeOf<ReturnType<TypedTwilio["calls"]>["remove"]>().toEqualTypeOf<CallContext["remove"]>();
    expectTypeOf<ReturnType<TypedTwilio["calls"]>["events"]>().toEqualTypeOf<CallContext["events"]>();
    expectTypeOf<TypedTwilio["accountSid"]>().toEqualTypeOf<twilio.Twilio["accountSid"]>();
    expectTypeOf<TypedTwilio["request"]>().toEqualTypeOf<twilio.Twilio["request"]>();
    expectTypeOf<TypedTwilio["api"]["v2010"]["account"]["availablePhoneNumbers"]>().toEqualTypeOf<
      twilio.Twilio["api"]["v2010"]["account"]["availablePhoneNumbers"]
    >();
    expectTypeOf<TypedTwilio["lookups"]>().toEqualTypeOf<twilio.Twilio["lookups"]>();
  });
});

describe("typedClient", () => {
  test("takes a twilio client and gives the typed view of it", () => {
    expectTypeOf(typedClient).parameter(0).toEqualTypeOf<twilio.Twilio>();
    expectTypeOf(typedClient).returns.toEqualTypeOf<TypedTwilio>();
  });
});
