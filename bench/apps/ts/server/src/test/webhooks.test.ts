import { describe, expect, it } from "vitest";
import { assignmentCallback, conferenceStart, smsWebhook, voiceWebhook } from "./fixtures/webhooks";
import { parseAttributes } from "../helpers/taskrouter-helpers";

describe("webhook fixtures", () => {
  it("carry the fields the handlers read", () => {
    expect(voiceWebhook.CallSid).toMatch(/^CA/);
    expect(smsWebhook.MessageSid).toMatch(/^SM/);
    expect(conferenceStart.FriendlyName).toMatch(/^WT/);
  });

  it("parses task attributes", () => {
    const attributes = parseAttributes<{ call_sid: string }>(assignmentCallback.TaskAttributes);
    expect(attributes.call_sid).toBe("CA123");
    expect(parseAttributes("not json")).toEqual({});
  });
});
