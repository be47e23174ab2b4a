import twilio from "twilio";
import { env } from "../config/env";

// One client per process: twilio-node keeps an HTTP agent with keep-alive per client.
export const twilioClient = twilio(env.twilioApiKey || env.twilioAccountSid, env.twilioApiSecret || env.twilioAuthToken, {
  accountSid: env.twilioAccountSid,
  lazyLoading: true,
  autoRetry: true,
  maxRetries: 3,
  edge: process.env.TWILIO_EDGE,
});

export type TwilioClient = typeof twilioClient;

export const { VoiceResponse, MessagingResponse } = twilio.twiml;

export default twilioClient;
