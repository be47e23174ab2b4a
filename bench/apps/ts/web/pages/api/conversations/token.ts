import type { NextApiRequest, NextApiResponse } from "next";
import { conversationsToken, patientConversation } from "../../../lib/conversations";
import { verify } from "../../../lib/session";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = verify(req.cookies.harbor_session);
  if (!session) return res.status(401).end();
  const conversation = await patientConversation(session.patientId, session.identity);
  return res.status(200).json({ token: conversationsToken(session.identity), conversationSid: conversation.sid });
}
