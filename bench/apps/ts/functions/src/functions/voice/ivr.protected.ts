import "@twilio-labs/serverless-runtime-types";
import type { Context, ServerlessCallback, ServerlessEventObject } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type MenuEvent = { CallSid: string; Digits?: string; SpeechResult?: string };

export async function handler(context: Context<HarborEnv>, event: ServerlessEventObject<MenuEvent>, callback: ServerlessCallback) {
  const twiml = new Twilio.twiml.VoiceResponse();
  switch (event.Digits) {
    case "1":
      twiml.redirect(`https://${context.DOMAIN_NAME}/voice/incoming-call`);
      break;
    case "2": {
      const client = context.getTwilioClient();
      await client.calls(event.CallSid).update({ twiml: "<Response><Say>Transferring you to billing.</Say><Dial>+15005550006</Dial></Response>" });
      return callback(null, "");
    }
    case "9":
      twiml.redirect(`https://${context.DOMAIN_NAME}/voice/voicemail`);
      break;
    default: {
      const gather = twiml.gather({ numDigits: 1, action: `https://${context.DOMAIN_NAME}${context.PATH}` });
      gather.say("For appointments press 1. For billing press 2. To leave a message press 9.");
    }
  }
  return callback(null, twiml);
}
