import { Router, type Request, type Response } from "express";
import type { RecordingStatusBody } from "../../../../shared/webhooks";
import { services } from "../../services";
import { callLogs } from "../../repositories/call-log-repository";

export const recordingStatus = Router();

recordingStatus.post("/recording-status", async (req: Request<{}, unknown, RecordingStatusBody>, res: Response) => {
  const { CallSid, RecordingSid, RecordingStatus, RecordingDuration } = req.body;
  if (RecordingStatus !== "completed") {
    res.sendStatus(204);
    return;
  }
  await callLogs.attachRecording(CallSid, RecordingSid, Number(RecordingDuration));
  const recording = await services.recordings.get(RecordingSid);
  await services.intelligence.transcribe(RecordingSid, recording.callSid);
  res.sendStatus(204);
});
