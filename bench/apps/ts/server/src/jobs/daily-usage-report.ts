import { twilioClient } from "../lib/twilio";
import { env } from "../config/env";

const OPS_ONCALL = process.env.OPS_ONCALL_PHONE ?? "+15005550006";

export async function sendUsageReport(): Promise<void> {
  const records = await twilioClient.usage.records.yesterday.list({ limit: 200 });
  const total = records.reduce((sum, record) => sum + Number(record.price ?? 0), 0);
  const calls = records.find((record) => record.category === "calls");
  const sms = records.find((record) => record.category === "sms");
  await twilioClient.messages.create({
    to: OPS_ONCALL,
    messagingServiceSid: env.messagingServiceSid,
    body: `Twilio yesterday: $${total.toFixed(2)} total, ${calls?.count ?? 0} calls, ${sms?.count ?? 0} texts.`,
  });
}
