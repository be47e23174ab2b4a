import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

export const handler = TokenValidator<FlexEnv, { conferenceSid: string }>(async (context, event, callback) => {
  const client = context.getTwilioClient();
  try {
    const conference = await client.conferences(event.conferenceSid).update({ status: "completed" });
    callback(null, ok({ status: conference.status }));
  } catch (error) {
    callback(null, fail(error));
  }
});
