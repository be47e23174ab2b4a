import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

export const handler: ServerlessFunctionSignature<HarborEnv> = (context, _event, callback) => {
  const twiml = new Twilio.twiml.VoiceResponse();
  twiml.say("Please leave your name, date of birth and a short message after the beep.");
  twiml.record({
    maxLength: 120,
    transcribe: true,
    transcribeCallback: `https://${context.DOMAIN_NAME}/voice/transcription-callback`,
    recordingStatusCallback: `https://${context.DOMAIN_NAME}/voice/recording-callback`,
    recordingStatusCallbackEvent: ["completed"],
  });
  twiml.hangup();
  callback(null, twiml);
};
