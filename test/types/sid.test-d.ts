import { describe, expectTypeOf, test } from "vitest";
import {
  sid,
  type AccountSid,
  type CallSid,
  type IncomingPhoneNumberSid,
  type MessageSid,
  type PhoneNumberSid,
  type RecordingSid,
  type Sid,
  type SidLiteral,
  type VendorOAuthAppSid,
  type VideoRecordingSid,
} from "../../src/sid.js";

const BODY = "0123456789abcdef0123456789abcdef";
const call = `CA${BODY}` as const;

describe("sid()", () => {
  test("types a valid literal as a SID of its prefix", () => {
    expectTypeOf(sid("CA0123456789abcdef0123456789abcdef")).toEqualTypeOf<CallSid>();
    expectTypeOf(sid("SM0123456789ABCDEF0123456789abcdef")).toExtend<MessageSid>();
    expectTypeOf(sid("OQ0123456789abcdefghijklmnopqrstuV")).toEqualTypeOf<VendorOAuthAppSid>();
    expectTypeOf(sid(call)).toEqualTypeOf<CallSid>();
  });

  test("accepts only well-formed literals of known prefixes", () => {
    expectTypeOf(sid("AC0123456789abcdef0123456789abcdef")).toEqualTypeOf<AccountSid>();
    // @ts-expect-error: six characters
    sid("CA0123");
    // @ts-expect-error: a placeholder
    sid("CAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");
  });

  test("a wrong prefix fails on the annotation", () => {
    // @ts-expect-error: a Message SID is not a Call SID
    const id: CallSid = sid("SM0123456789abcdef0123456789abcdef");
    expectTypeOf(id).toEqualTypeOf<CallSid>();
  });

  test("distributes over a union of literals", () => {
    const either = Math.random() < 0.5 ? call : (`SM${BODY}` as const);
    expectTypeOf(sid(either)).toEqualTypeOf<Sid<"CA" | "SM">>();
  });

  test("reads literals out of `as const` objects", () => {
    const config = { account: `AC${BODY}`, call: `CA${BODY}` } as const;
    expectTypeOf(sid(config.account)).toEqualTypeOf<AccountSid>();
    const loose = { account: `AC${BODY}` };
    // @ts-expect-error: without `as const` the property is a plain string
    sid(loose.account);
  });

  test("an `any` argument passes (the run-time check stays) and returns a SID of any prefix", () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- `any` is the case under test.
    expectTypeOf(sid(JSON.parse("0") as any)).toEqualTypeOf<Sid>();
  });

  test("an argument of type `string` or a template with placeholders fails", () => {
    const text: string = call;
    // @ts-expect-error: not a literal
    sid(text);
    // @ts-expect-error: a template literal type with a placeholder is not one literal
    sid(`CA${text}`);
  });
});

describe("SidLiteral", () => {
  test("is the literal itself when valid", () => {
    expectTypeOf<SidLiteral<typeof call>>().toEqualTypeOf(call);
  });

  test("is the diagnosis when not", () => {
    expectTypeOf<SidLiteral<"CA0123">>().toEqualTypeOf<"`CA0123` is 6 characters; a Call SID is CA followed by 32 hex digits (34 characters).">();
    expectTypeOf<SidLiteral<"ca0123456789abcdef0123456789abcdef">>().toEqualTypeOf<"`ca0123...def` starts with lowercase `ca`; a Call SID starts with uppercase CA.">();
    expectTypeOf<SidLiteral<string>>().toEqualTypeOf<"sid() accepts only a string literal; check a string known only at run time with isSid() or assertSid().">();
    expectTypeOf<SidLiteral<never>>().toBeNever();
  });

  test("checks a 10,000-character literal without hitting a recursion limit", () => {
    type Long = Repeat100<Repeat100<"0">>;
    expectTypeOf<SidLiteral<`CA${Long}`>>().toEqualTypeOf<"`CA0000...000` is 10002 characters; a Call SID is CA followed by 32 hex digits (34 characters).">();
  });
});

type Repeat10<S extends string> = `${S}${S}${S}${S}${S}${S}${S}${S}${S}${S}`;
type Repeat100<S extends string> = Repeat10<Repeat10<S>>;

describe("aliases", () => {
  test("annotations check the prefix", () => {
    expectTypeOf<`CA${string}`>().toEqualTypeOf<CallSid>();
    expectTypeOf<`PN${typeof BODY}`>().toExtend<PhoneNumberSid>();
    expectTypeOf<IncomingPhoneNumberSid>().toEqualTypeOf<PhoneNumberSid>();
    expectTypeOf<MessageSid>().toEqualTypeOf<Sid<"SM" | "MM">>();
    expectTypeOf<RecordingSid>().toEqualTypeOf<Sid<"RE">>();
    expectTypeOf<VideoRecordingSid>().toEqualTypeOf<Sid<"RT">>();
    expectTypeOf<`SM${typeof BODY}`>().not.toExtend<CallSid>();
  });
});
