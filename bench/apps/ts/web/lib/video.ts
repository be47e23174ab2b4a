import twilio from "twilio";
import { serverEnv } from "./env";
import { twilioClient } from "./twilio";

export function videoToken(identity: string, roomName: string): string {
  const token = new twilio.jwt.AccessToken(serverEnv.accountSid, serverEnv.apiKeySid, serverEnv.apiKeySecret, { identity, ttl: 7200 });
  token.addGrant(new twilio.jwt.AccessToken.VideoGrant({ room: roomName }));
  return token.toJwt();
}

export async function ensureRoom(uniqueName: string) {
  try {
    return await twilioClient.video.v1.rooms(uniqueName).fetch();
  } catch {
    return twilioClient.video.v1.rooms.create({ uniqueName, type: "group-small", statusCallback: `${serverEnv.baseUrl}/api/webhooks/video` });
  }
}

export async function endRoom(roomSid: string) {
  return twilioClient.video.v1.rooms(roomSid).update({ status: "completed" });
}
