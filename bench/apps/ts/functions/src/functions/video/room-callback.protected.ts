import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type RoomEvent = { RoomSid: string; RoomName: string; StatusCallbackEvent: string; ParticipantSid?: string; ParticipantIdentity?: string };

export const handler: ServerlessFunctionSignature<HarborEnv, RoomEvent> = async (context, event, callback) => {
  const client = context.getTwilioClient();
  const room = client.video.v1.rooms(event.RoomSid);
  if (event.StatusCallbackEvent === "participant-connected" && event.ParticipantIdentity?.startsWith("guest-")) {
    // Guests may only join once a clinician is in the room.
    const connected = await room.participants.list({ status: "connected" });
    const clinicianPresent = connected.some((participant) => participant.identity.startsWith("clinician-"));
    if (!clinicianPresent && event.ParticipantSid) {
      await room.participants(event.ParticipantSid).update({ status: "disconnected" });
    }
  }
  if (event.StatusCallbackEvent === "room-ended") {
    const recordings = await room.recordings.list();
    if (recordings.length > 0) {
      await client.video.v1.compositions.create({ roomSid: event.RoomSid, audioSources: ["*"], format: "mp4" });
    }
  }
  callback(null, {});
};
