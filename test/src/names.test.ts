import { describe, expect, it } from "vitest";
import { nameWords, renamedSidName, sidName } from "../../src/names.js";
import {
  ANY_IN_SOME_PRODUCT,
  EVERYDAY_STEMS,
  POLYMORPHIC_STEMS,
  STEM_PREFIXES,
  type SidPrefix,
} from "../../src/registry.generated.js";

describe("nameWords", () => {
  it.each([
    ["callSid", ["call", "sid"]],
    ["call_sid", ["call", "sid"]],
    ["CallSid", ["call", "sid"]],
    ["CALL_SID", ["call", "sid"]],
    ["call-sid", ["call", "sid"]],
    ["APIKeySid", ["api", "key", "sid"]],
    ["a2pProfileBundleSid", ["a2p", "profile", "bundle", "sid"]],
    ["A2P_PROFILE_BUNDLE_SID", ["a2p", "profile", "bundle", "sid"]],
    ["A2PProfileBundleSid", ["a2p", "profile", "bundle", "sid"]],
  ])("%s", (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });
});

describe("sidName", () => {
  it.each<[string, string | undefined, readonly SidPrefix[] | undefined, boolean]>([
    ["twilioAccountSid", "account", ["AC"], false],
    ["ACCOUNT_SID", "account", ["AC"], false],
    ["parentCallSid", "parent call", ["CA"], false],
    ["defaultMessagingServiceSid", "default messaging service", ["MG"], false],
    ["verifyServiceSid", "verify service", ["VA"], false],
    ["syncServiceSid", "service", ["IS"], false],
    ["MessagingServiceSid", "messaging service", ["MG"], false],
    ["call_sids", "call", ["CA"], true],
    ["apiKey", "api key", ["SK"], false],
    ["TWILIO_API_KEY", "api key", ["SK"], false],
    ["signingKeySid", "signing key", ["SK"], false],
    ["particantSid", undefined, undefined, false],
    ["resourceSid", "resource", undefined, false],
  ])("%s", (name, stem, prefixes, plural) => {
    expect(sidName(name)).toEqual({ stem, prefixes, plural });
  });

  it("adds the resource that a compound before a stem names", () => {
    expect(sidName("contentTemplateSid")?.prefixes).toContain("HX");
    expect(sidName("supportingDocumentSid")?.prefixes).toContain("RD");
    expect(sidName("endUserSid")?.prefixes).toContain("IT");
    expect(sidName("userDefinedMessageSid")?.prefixes).toContain("KX");
    expect(sidName("syncDocumentSid")?.prefixes).toEqual(["ET"]);
  });

  it.each<[string, readonly SidPrefix[]]>([
    // Spellings no spec property has.
    ["TWILIO_VERIFY_SVC_SID", ["VA"]],
    ["SYNC_SVC_SID", ["IS"]],
    ["twimlAppSid", ["AP"]],
    ["TWILIO_TWIML_APP_SID", ["AP"]],
    ["conversationsServiceSid", ["IS"]],
    ["twimlBinSid", ["EH"]],
    // A deployment or platform suffix after SID in an environment variable.
    ["TWILIO_ACCOUNT_SID_LINUX", ["AC"]],
    ["TWILIO_ACCOUNT_SID_PROD", ["AC"]],
    ["TWILIO_MESSAGING_SERVICE_SID_2", ["MG"]],
    // Build tools' environment prefixes.
    ["VITE_TWILIO_SYNC_SERVICE_SID", ["IS"]],
    ["NEXT_PUBLIC_TWILIO_TWIML_APP_SID", ["AP"]],
    ["REACT_APP_APP_SID", ["AP", "CN", "OQ"]],
    // What webhooks send beyond the spec: Add-ons' request_sid is an Add-on Result.
    ["request_sid", ["BH", "KW", "RQ", "XR"]],
    ["DequeingCallSid", ["CA"]],
  ])("reads %s", (name, prefixes) => {
    expect(sidName(name)?.prefixes).toEqual(prefixes);
  });

  it.each(["appSid", "app_sid", "mapSid", "syncMapSid", "twilioSyncMapSid", "chatUserSid", "alertCallSid", "supportFlowSid", "endUserSid"])(
    "keeps the stem of %s: an everyday word alone, after a product word or in a resource name, or a stem that is no everyday word",
    (name) => {
      expect(sidName(name)?.prefixes, name).toBeDefined();
    },
  );

  it.each(["versionMapSid", "sourceMapSid", "todoListSid", "buildJobSid", "cacheKeySid", "webHookSid", "VITE_MY_APP_SID"])(
    "reads no Twilio resource in %s: an everyday word after words of another domain",
    (name) => {
      expect(sidName(name)?.prefixes, name).toBeUndefined();
    },
  );

  it("takes a suffix after SID only in environment variable names, and only a deployment or platform word", () => {
    expect(sidName("CALL_SID_PATTERN")).toBeUndefined();
    expect(sidName("CALL_SID_LENGTH")).toBeUndefined();
    expect(sidName("callSidProd")).toBeUndefined();
  });

  it("takes any prefix for bare sid", () => {
    expect(sidName("sid")?.prefixes).toBeUndefined();
    expect(sidName("SIDS")).toMatchObject({ prefixes: undefined, plural: true });
  });

  it("does not read other names as SID names", () => {
    for (const name of ["apiKeySecret", "apiKeys", "sidebar", "considered", "callId", "authToken"]) {
      expect(sidName(name), name).toBeUndefined();
    }
  });

  it("reads every registry stem as itself, with all its prefixes", () => {
    for (const [stem, prefixes] of STEM_PREFIXES) {
      const expected = ANY_IN_SOME_PRODUCT.has(stem) ? undefined : prefixes;
      expect(sidName(`${stem.replaceAll(" ", "_")}_sid`), stem).toEqual({
        stem,
        prefixes: expected,
        plural: false,
        ...(expected && EVERYDAY_STEMS.has(stem) && { everyday: true }),
      });
    }
  });

  it("takes any prefix for a name one product types as any resource, unless a product word narrows it", () => {
    expect(sidName("serviceSid")?.prefixes).toBeUndefined();
    expect(sidName("service_sid")?.prefixes).toBeUndefined();
    expect(sidName("syncServiceSid")?.prefixes).toEqual(["IS"]);
    expect(sidName("verifyServiceSid")?.prefixes).toEqual(["VA"]);
  });

  it("marks an everyday word standing alone, which binds a SID but says little of another value", () => {
    expect(sidName("noteSid")).toMatchObject({ prefixes: ["KQ"], everyday: true });
    expect(sidName("syncMapSid")?.everyday).toBeUndefined();
    expect(sidName("callSid")?.everyday).toBeUndefined();
  });

  it("reads every polymorphic stem as taking any prefix", () => {
    for (const stem of POLYMORPHIC_STEMS) {
      expect(sidName(stem ? `${stem.replaceAll(" ", "_")}_sid` : "sid")?.prefixes, stem).toBeUndefined();
    }
  });
});

describe("renamedSidName", () => {
  it.each<[string, SidPrefix, string | undefined]>([
    ["messageSid", "CA", "callSid"],
    ["message_sid", "CA", "call_sid"],
    ["MESSAGE_SID", "CA", "CALL_SID"],
    ["MessageSid", "CA", "CallSid"],
    ["messageSids", "CA", "callSids"],
    ["callSid", "RE", "recordingSid"],
    ["callSid", "MG", "messagingServiceSid"],
    ["callSid", "ET", "syncDocumentSid"],
    ["callSid", "HX", "contentTemplateSid"],
    // No single plain resource name, or a name that would not admit the prefix.
    ["accountSid", "SK", undefined],
    ["callSid", "SK", undefined],
    // Qualified or unknown names: a rename would have to guess what the extra words mean.
    ["parentMessageSid", "CA", undefined],
    ["mySid", "CA", undefined],
    ["sid", "CA", undefined],
    ["callSid", "CA", undefined],
  ])("%s holding %s", (name, prefix, expected) => {
    expect(renamedSidName(name, prefix)).toBe(expected);
  });
});
