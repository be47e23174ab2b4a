import twilio from "twilio";
import { serverEnv } from "./env";
import { twilioClient } from "./twilio";

export function conversationsToken(identity: string): string {
  const token = new twilio.jwt.AccessToken(serverEnv.accountSid, serverEnv.apiKeySid, serverEnv.apiKeySecret, { identity });
  token.addGrant(new twilio.jwt.AccessToken.ChatGrant({ serviceSid: serverEnv.conversationsServiceSid }));
  return token.toJwt();
}

export const conversationsService = () => twilioClient.conversations.v1.services(serverEnv.conversationsServiceSid);

export async function patientConversation(patientId: string, identity: string) {
  const uniqueName = `patient-${patientId}`;
  const service = conversationsService();
  const existing = await service.conversations(uniqueName).fetch().catch(() => undefined);
  if (existing) return existing;
  const conversation = await service.conversations.create({ uniqueName, friendlyName: `Patient ${patientId}` });
  await service.conversations(conversation.sid).participants.create({ identity });
  return conversation;
}
