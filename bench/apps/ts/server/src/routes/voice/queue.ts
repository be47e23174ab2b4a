import { Router, type Request, type Response } from "express";
import twilio from "twilio";
import { env } from "../../config/env";
import { twilioClient } from "../../lib/twilio";

const { VoiceResponse } = twilio.twiml;

export const queueRoutes = Router();

queueRoutes.post("/queue/wait", (req: Request, res: Response) => {
  const response = new VoiceResponse();
  const position = Number(req.body.QueuePosition ?? 0);
  response.say(`You are number ${position} in line.`);
  response.play("https://harbor-assets-4411.twil.io/hold-music.mp3");
  res.type("text/xml").send(response.toString());
});

queueRoutes.post("/queue/answer", (req: Request, res: Response) => {
  // Twilio runs this for the dequeued caller; DequeingCallSid is the agent's leg.
  console.log("dequeued", { caller: req.body.CallSid, agent: req.body.DequeingCallSid, queueSid: req.body.QueueSid });
  const response = new VoiceResponse();
  response.say("Connecting you to a nurse now.");
  res.type("text/xml").send(response.toString());
});

queueRoutes.get("/queue/members", async (_req: Request, res: Response) => {
  const queueSid = env.supportQueueSid;
  if (!queueSid) {
    res.json([]);
    return;
  }
  const members = await twilioClient.queues(queueSid).members.list();
  res.json(members.map((member) => ({ callSid: member.callSid, position: member.position, waitTime: member.waitTime })));
});

queueRoutes.post("/queue/members/:callSid/connect", async (req: Request<{ callSid: string }>, res: Response) => {
  const queueSid = env.supportQueueSid ?? "";
  await twilioClient.queues(queueSid).members(req.params.callSid).update({ url: `${env.publicBaseUrl}/voice/queue/answer` });
  res.sendStatus(204);
});
