import { Router, type Request, type Response } from "express";
import { services } from "../../services";
import { videoToken } from "../../lib/access-token";
import { parseSid } from "../../../../shared/sid";

export const rooms = Router();

rooms.post("/visits/:appointmentId/room", async (req: Request<{ appointmentId: string }>, res: Response) => {
  const name = `visit-${req.params.appointmentId}`;
  const room = (await services.video.roomByName(name)) ?? (await services.video.createVisitRoom(req.params.appointmentId));
  res.json({ roomSid: room.sid, token: videoToken({ identity: String(req.body.identity), room: room.uniqueName }) });
});

rooms.post("/rooms/:roomSid/end", async (req: Request<{ roomSid: string }>, res: Response) => {
  const roomSid = parseSid(req.params.roomSid, "RM");
  if (roomSid) await services.video.endRoom(roomSid);
  else await services.video.endRoomByName(req.params.roomSid);
  res.sendStatus(204);
});

rooms.delete("/rooms/:roomSid/participants/:participantSid", async (req: Request<{ roomSid: string; participantSid: string }>, res: Response) => {
  const roomSid = parseSid(req.params.roomSid, "RM");
  const participantSid = parseSid(req.params.participantSid, "PA");
  if (!roomSid || !participantSid) {
    res.sendStatus(400);
    return;
  }
  await services.video.removeParticipant(roomSid, participantSid);
  res.sendStatus(204);
});
