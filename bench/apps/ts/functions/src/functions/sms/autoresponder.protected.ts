import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

const HOURS = { open: 8, close: 18 };

export const handler: ServerlessFunctionSignature<HarborEnv, { Body: string; From: string }> = (_context, event, callback) => {
  const twiml = new Twilio.twiml.MessagingResponse();
  const hour = new Date().getUTCHours() - 7;
  if (hour < HOURS.open || hour >= HOURS.close) {
    twiml.message("Harbor Health is closed. For emergencies call 911. We'll reply when we open at 8am.");
  } else if (/hours/i.test(event.Body)) {
    twiml.message("We're open 8am-6pm, Monday to Friday.");
  }
  callback(null, twiml);
};
