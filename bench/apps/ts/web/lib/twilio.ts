import twilio, { type Twilio } from "twilio";
import { serverEnv } from "./env";

// Next.js reloads modules in development; keep one client across reloads.
const globalForTwilio = globalThis as unknown as { twilioClient?: Twilio };

export const twilioClient: Twilio =
  globalForTwilio.twilioClient ??
  twilio(serverEnv.apiKeySid, serverEnv.apiKeySecret, { accountSid: serverEnv.accountSid, lazyLoading: true });

if (process.env.NODE_ENV !== "production") globalForTwilio.twilioClient = twilioClient;

export function validateTwilioRequest(signature: string | null, url: string, params: Record<string, string>): boolean {
  return signature !== null && twilio.validateRequest(serverEnv.authToken, signature, url, params);
}
