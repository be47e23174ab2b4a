import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type CleanupEvent = { MessageSid: string; keep?: string };

// Runs after our archive copied an MMS: removes the media (and optionally the message) at Twilio.
export const handler: ServerlessFunctionSignature<HarborEnv, CleanupEvent> = async (context, event, callback) => {
  const message = context.getTwilioClient().messages(event.MessageSid);
  const media = await message.media.list();
  for (const item of media) await message.media(item.sid).remove();
  if (event.keep !== "true") await message.remove();
  callback(null, { removed: media.length });
};
