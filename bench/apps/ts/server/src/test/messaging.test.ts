import { describe, expect, it } from "vitest";
import { MessagingService } from "../services/messaging-service";
import { segments } from "../helpers/message-helpers";
import { fakeClient, offlineClient } from "./helpers";

const MESSAGING_SERVICE_SID = "MGXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

describe("MessagingService", () => {
  it("sends through the messaging service", async () => {
    const { client, create } = fakeClient();
    await new MessagingService(client, MESSAGING_SERVICE_SID).send({ to: "+15005550006", body: "Hello" });
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ messagingServiceSid: MESSAGING_SERVICE_SID, body: "Hello" }));
  });

  it("redacts by posting an empty body", async () => {
    const { client, messages, update } = fakeClient();
    await new MessagingService(client, "MG123").redact("SM123");
    expect(messages).toHaveBeenCalledWith("SM123");
    expect(update).toHaveBeenCalledWith({ body: "" });
  });

  it("keeps the account of the client it was given", () => {
    expect(offlineClient.accountSid).toBe("AC123");
    expect(new MessagingService(offlineClient, "MG123")).toBeInstanceOf(MessagingService);
  });

  it("counts segments", () => {
    expect(segments("x".repeat(160))).toBe(2);
    expect(segments("")).toBe(1);
  });
});
