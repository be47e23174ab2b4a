import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

type HoldEvent = { conferenceSid: string; participantCallSid: string; hold: boolean | string };

export const handler = TokenValidator<FlexEnv, HoldEvent>(async (context, event, callback) => {
  const client = context.getTwilioClient();
  try {
    const hold = event.hold === true || event.hold === "true";
    const participant = await client.conferences(event.conferenceSid).participants(event.participantCallSid).update({
      hold,
      holdUrl: hold ? "https://harbor-assets-4411.twil.io/hold-music.mp3" : undefined,
      holdMethod: "GET",
    });
    callback(null, ok({ hold: participant.hold }));
  } catch (error) {
    callback(null, fail(error));
  }
});
