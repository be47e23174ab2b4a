import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

export const handler: ServerlessFunctionSignature<HarborEnv, { CallSid: string; From: string }> = (context, event, callback) => {
  const twiml = new Twilio.twiml.VoiceResponse();
  const dial = twiml.dial({
    callerId: event.From,
    timeout: 20,
    action: `https://${context.DOMAIN_NAME}/voice/voicemail`,
    record: "record-from-answer",
  });
  dial.number({ url: `https://${context.DOMAIN_NAME}/voice/whisper` }, context.NURSE_LINE_NUMBER);
  callback(null, twiml);
};
