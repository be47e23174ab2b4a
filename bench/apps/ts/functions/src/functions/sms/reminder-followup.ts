import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { twilioExecute } from "../utils/twilio-execute.private";

type FollowUpEvent = { SmsSid: string; SmsStatus: string; To: string };

// Status callback of reminder texts: an undelivered reminder is followed by a reminder call.
export const handler: ServerlessFunctionSignature<HarborEnv, FollowUpEvent> = async (context, event, callback) => {
  if (event.SmsStatus !== "undelivered") return callback(null, {});
  const reminder = await twilioExecute(context, (client) => client.messages(event.SmsSid).fetch());
  const existing = await twilioExecute(context, (client) => client.calls(event.SmsSid).fetch().catch(() => undefined)); // expect-sid: typed sid-matches-resource
  if (!existing) {
    await twilioExecute(context, (client) =>
      client.calls.create({
        to: event.To,
        from: reminder.from ?? context.NURSE_LINE_NUMBER,
        twiml: `<Response><Say>${reminder.body}</Say></Response>`,
      }),
    );
  }
  return callback(null, {});
};
