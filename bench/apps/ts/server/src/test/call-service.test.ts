import { describe, expect, it } from "vitest";
import { CallService } from "../services/call-service";
import { fakeClient } from "./helpers";
import { TEST_CALL_SID } from "./fixtures/sids";

describe("CallService", () => {
  it("hangs up by completing the call", async () => {
    const { client, calls, update } = fakeClient();
    await new CallService(client).hangUp("CA123");
    expect(calls).toHaveBeenCalledWith("CA123");
    expect(update).toHaveBeenCalledWith({ status: "completed" });
  });

  it("redirects to a new TwiML URL", async () => {
    const { client, calls, update } = fakeClient();
    await new CallService(client).redirect(TEST_CALL_SID, "https://example.com/twiml");
    expect(calls).toHaveBeenCalledWith(TEST_CALL_SID);
    expect(update).toHaveBeenCalledWith({ url: "https://example.com/twiml", method: "POST" });
  });

  it("pauses the current recording", async () => {
    const { client, update } = fakeClient();
    await new CallService(client).pauseRecording("CA55e27e68d855f4c2b7b2a6ebc7269cdf");
    expect(update).toHaveBeenCalledWith({ status: "paused", pauseBehavior: "skip" });
  });

  it("places calls from the configured caller id", async () => {
    const { client, create } = fakeClient();
    await new CallService(client).place({ to: "+15005550006" });
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ to: "+15005550006", statusCallbackEvent: expect.any(Array) }));
  });
});
