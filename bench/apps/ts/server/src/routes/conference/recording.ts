import { Router, type Request, type Response } from "express";
import type { RecordingStatusBody } from "../../../../shared/webhooks";
import { twilioClient } from "../../lib/twilio";
import { callLogs } from "../../repositories/call-log-repository";

export const conferenceRecording = Router();

conferenceRecording.post("/recording", async (req: Request<{}, unknown, RecordingStatusBody>, res: Response) => {
  const { ConferenceSid: conferenceSid, RecordingSid: recordingSid, RecordingStatus } = req.body;
  if (RecordingStatus === "completed" && conferenceSid) {
    const recording = await twilioClient.conferences(conferenceSid).recordings(recordingSid).fetch();
    await callLogs.attachRecording(recording.callSid, recordingSid, Number(recording.duration));
  }
  res.sendStatus(204);
});
