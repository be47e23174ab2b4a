import "dotenv/config";
import { Twilio } from "twilio";
import { requireEnv } from "./cli";

/** A client for the main account, or for a clinic subaccount when `accountSid` is given. */
export function adminClient(accountSid?: string): Twilio {
  return new Twilio(requireEnv("TWILIO_API_KEY"), requireEnv("TWILIO_API_SECRET"), {
    accountSid: accountSid ?? requireEnv("TWILIO_ACCOUNT_SID"),
    logLevel: process.env.TWILIO_LOG_LEVEL === "debug" ? "debug" : undefined,
  });
}
