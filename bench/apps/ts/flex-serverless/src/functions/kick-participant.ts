import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

type KickEvent = { conferenceSid: string; callSid: string };

export const handler = TokenValidator<FlexEnv, KickEvent>(async (context, event, callback) => {
  try {
    const conference = context.getTwilioClient().conferences(event.conferenceSid);
    await conference.participants(event.callSid).remove();
    const remaining = await conference.participants.list();
    callback(null, ok({ remaining: remaining.length }));
  } catch (error) {
    callback(null, fail(error));
  }
});
