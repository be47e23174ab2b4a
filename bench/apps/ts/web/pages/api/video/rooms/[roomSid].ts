import type { NextApiRequest, NextApiResponse } from "next";
import { twilioClient } from "../../../../lib/twilio";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const roomSid = String(req.query.roomSid);
  if (req.method === "DELETE") {
    await twilioClient.video.v1.rooms(roomSid).update({ status: "completed" });
    return res.status(204).end();
  }
  const room = twilioClient.video.v1.rooms(roomSid);
  const [details, participants] = await Promise.all([room.fetch(), room.participants.list({ status: "connected" })]);
  return res.status(200).json({ status: details.status, participants: participants.map((participant) => participant.identity) });
}
