import type { NextApiHandler } from "next";
import { ensureRoom, videoToken } from "../../../lib/video";
import { verify } from "../../../lib/session";

const handler: NextApiHandler = async (req, res) => {
  const session = verify(req.cookies.harbor_session);
  if (!session) return res.status(401).json({ error: "Sign in first" });
  const appointmentId = String(req.query.appointmentId);
  const room = await ensureRoom(`visit-${appointmentId}`);
  return res.status(200).json({ token: videoToken(session.identity, room.uniqueName), roomSid: room.sid });
};

export default handler;
