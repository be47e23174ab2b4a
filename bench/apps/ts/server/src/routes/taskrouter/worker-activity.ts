import { Router, type Request, type Response } from "express";
import type { Twilio } from "twilio";
import { twilioClient } from "../../lib/twilio";
import { routing } from "../../config/taskrouter";
import { ACTIVITIES } from "../../config/sids";

export const workerActivity = Router();

function workers(client: Twilio) {
  return client.taskrouter.v1.workspaces(routing.workspaceSid).workers;
}

workerActivity.post("/workers/:workerSid/activity", async (req: Request<{ workerSid: string }>, res: Response) => {
  const activity = req.body.activity as keyof typeof ACTIVITIES;
  const activitySid = ACTIVITIES[activity];
  if (!activitySid) {
    res.status(400).json({ error: `unknown activity ${activity}` });
    return;
  }
  const worker = await workers(twilioClient)(req.params.workerSid).update({ activitySid });
  res.json({ workerSid: worker.sid, activity: worker.activityName });
});

workerActivity.get("/workers", async (_req: Request, res: Response) => {
  const list = await workers(twilioClient).list({ limit: 200 });
  res.json(list.map((worker) => ({ sid: worker.sid, name: worker.friendlyName, activity: worker.activityName, available: worker.available })));
});

workerActivity.get("/workers/:workerSid/statistics", async (req: Request<{ workerSid: string }>, res: Response) => {
  const statistics = await workers(twilioClient)(req.params.workerSid).statistics().fetch({ minutes: 480 });
  res.json(statistics.cumulative);
});
