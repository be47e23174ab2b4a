import { Router, type Request, type Response } from "express";
import type { Twilio } from "twilio";
import { twilioClient } from "../../lib/twilio";
import { env } from "../../config/env";
import { tasks } from "../../repositories/task-repository";

export const transfer = Router();

/** Cold transfer: dial the new agent in, then drop the current agent's leg. */
async function coldTransfer(client: Twilio, conferenceSid: string, agentCallSid: string, to: string) {
  const participant = await client.conferences(conferenceSid).participants.create({
    from: env.callerId,
    to,
    endConferenceOnExit: true,
    earlyMedia: true,
  });
  await client.conferences(conferenceSid).participants(agentCallSid).remove();
  return participant.callSid;
}

transfer.post("/transfer", async (req: Request, res: Response) => {
  const conferenceSid: string = req.body.conferenceSid;
  const agentCallSid: string = req.body.agentCallSid;
  const newCallSid = await coldTransfer(twilioClient, conferenceSid, agentCallSid, req.body.to);
  const task = await tasks.byCall(agentCallSid);
  if (task) await tasks.setConference(task.taskSid, conferenceSid);
  res.json({ callSid: newCallSid });
});
