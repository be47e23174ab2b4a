import twilio from "twilio";
import { env } from "../config/env";

const { AccessToken } = twilio.jwt;
const { VoiceGrant, VideoGrant, ChatGrant, SyncGrant } = AccessToken;

export interface TokenRequest {
  identity: string;
  room?: string;
  ttlSeconds?: number;
}

function baseToken(identity: string, ttl: number) {
  return new AccessToken(env.twilioAccountSid, env.twilioApiKey, env.twilioApiSecret, { identity, ttl });
}

export function voiceToken({ identity, ttlSeconds = 3600 }: TokenRequest): string {
  const token = baseToken(identity, ttlSeconds);
  token.addGrant(new VoiceGrant({ outgoingApplicationSid: env.twimlAppSid, incomingAllow: true }));
  return token.toJwt();
}

export function videoToken({ identity, room, ttlSeconds = 14_400 }: TokenRequest): string {
  const token = baseToken(identity, ttlSeconds);
  token.addGrant(new VideoGrant(room ? { room } : {}));
  return token.toJwt();
}

export function conversationsToken({ identity, ttlSeconds = 3600 }: TokenRequest): string {
  const token = baseToken(identity, ttlSeconds);
  token.addGrant(new ChatGrant({ serviceSid: env.conversationsServiceSid }));
  return token.toJwt();
}

export function syncToken({ identity, ttlSeconds = 3600 }: TokenRequest): string {
  const token = baseToken(identity, ttlSeconds);
  token.addGrant(new SyncGrant({ serviceSid: env.syncServiceSid }));
  return token.toJwt();
}
