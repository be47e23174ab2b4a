import { twilioClient } from "../lib/twilio";
import { env } from "../config/env";
import type { MessageSid } from "../../../shared/sid";

const MAX_SEGMENT = 153;

export function segments(body: string): number {
  return Math.max(1, Math.ceil(body.length / MAX_SEGMENT));
}

export async function textPatient(to: string, body: string) {
  return twilioClient.messages.create({ to, body, messagingServiceSid: env.messagingServiceSid });
}

export async function textFromNumber(from: string, to: string, body: string) {
  return twilioClient.messages.create({ from, to, body });
}

export async function wasDelivered(messageSid: MessageSid): Promise<boolean> {
  const message = await twilioClient.messages(messageSid).fetch();
  return message.status === "delivered" || message.status === "read";
}

export async function failureReason(messageSid: MessageSid): Promise<string | undefined> {
  const { errorCode, errorMessage } = await twilioClient.messages(messageSid).fetch();
  return errorCode ? `${errorCode}: ${errorMessage ?? "unknown"}` : undefined;
}

export async function scrub(messageSid: MessageSid): Promise<void> {
  const media = await twilioClient.messages(messageSid).media.list();
  await Promise.all(media.map((item) => twilioClient.messages(messageSid).media(item.sid).remove()));
  await twilioClient.messages(messageSid).update({ body: "" });
}
