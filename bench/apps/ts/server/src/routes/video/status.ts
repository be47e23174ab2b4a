import { Router, type Request, type Response } from "express";
import type { VideoRoomStatusBody } from "../../../../shared/webhooks";
import { twilioClient } from "../../lib/twilio";
import { logger } from "../../../../shared/logger";

export const videoStatus = Router();

videoStatus.post("/status", async (req: Request<{}, unknown, VideoRoomStatusBody>, res: Response) => {
  const { RoomSid: roomSid, StatusCallbackEvent, ParticipantSid: participantSid, ParticipantIdentity } = req.body;
  if (StatusCallbackEvent === "room-ended") {
    const composition = await twilioClient.video.v1.compositions.create({ roomSid, audioSources: ["*"], format: "mp4" });
    logger.info("composition queued", { roomSid, compositionSid: composition.sid });
  }
  if (StatusCallbackEvent === "participant-connected" && participantSid) {
    const participant = await twilioClient.video.v1.rooms(roomSid).participants(participantSid).fetch();
    logger.info("participant joined", { identity: ParticipantIdentity, region: participant.status });
  }
  res.sendStatus(204);
});

videoStatus.post("/composition-status", async (req: Request, res: Response) => {
  const compositionSid: string = req.body.CompositionSid;
  if (req.body.StatusCallbackEvent === "composition-available") {
    const composition = await twilioClient.video.v1.compositions(compositionSid).fetch();
    logger.info("composition ready", { compositionSid, duration: composition.duration, size: composition.size });
  }
  res.sendStatus(204);
});
