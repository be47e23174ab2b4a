import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import twilio from "twilio";
import type { HarborEnv } from "../utils/env.private";
import { jsonResponse } from "../utils/response.private";

type TokenEvent = { identity: string; appointmentId: string };

export const handler: ServerlessFunctionSignature<HarborEnv, TokenEvent> = async (context, event, callback) => {
  const client = context.getTwilioClient();
  const uniqueName = `visit-${event.appointmentId}`;
  const [existing] = await client.video.v1.rooms.list({ uniqueName, status: "in-progress", limit: 1 });
  const room = existing ?? (await client.video.v1.rooms.create({ uniqueName, type: "group", maxParticipants: 3 }));
  const token = new twilio.jwt.AccessToken(context.ACCOUNT_SID, context.TWILIO_API_KEY, context.TWILIO_API_SECRET, {
    identity: event.identity,
  });
  token.addGrant(new twilio.jwt.AccessToken.VideoGrant({ room: room.uniqueName }));
  callback(null, jsonResponse({ token: token.toJwt(), roomSid: room.sid }));
};
