import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { jsonResponse } from "../utils/response.private";
import { twilioExecute } from "../utils/twilio-execute.private";

type BroadcastEvent = { to: string[] | string; body: string; token: string };

export const handler: ServerlessFunctionSignature<HarborEnv, BroadcastEvent> = async (context, event, callback) => {
  const recipients = Array.isArray(event.to) ? event.to : event.to.split(",");
  const results = await Promise.allSettled(
    recipients.map((to) =>
      twilioExecute(context, (client) =>
        client.messages.create({ to, body: event.body, messagingServiceSid: context.MESSAGING_SERVICE_SID }),
      ),
    ),
  );
  const sent = results.flatMap((result) => (result.status === "fulfilled" ? [result.value.sid] : []));
  callback(null, jsonResponse({ sent, failed: results.length - sent.length }));
};
