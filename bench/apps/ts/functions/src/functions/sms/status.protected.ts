import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type StatusEvent = { MessageSid: string; MessageStatus: string; ErrorCode?: string; To: string };

export const handler: ServerlessFunctionSignature<HarborEnv, StatusEvent> = async (context, event, callback) => {
  if (event.MessageStatus === "undelivered" && event.ErrorCode === "30003") {
    // Unreachable handset: try again once through the service, which may pick another sender.
    const client = context.getTwilioClient();
    const original = await client.messages(event.MessageSid).fetch();
    await client.messages.create({ to: event.To, body: original.body, messagingServiceSid: context.MESSAGING_SERVICE_SID });
  }
  callback(null, {});
};
