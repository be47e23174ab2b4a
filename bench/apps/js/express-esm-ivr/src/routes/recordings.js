import { Router } from "express";
import twilio from "twilio";

// The recordings router also runs alone in the archive worker, which has its own credentials.
const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export const recordings = Router();

recordings.post("/status", async (req, res) => {
  if (req.body.RecordingStatus !== "completed") return res.sendStatus(204);
  const recording = await client.recordings(req.body.CallSid).fetch(); // expect-sid: sid-matches-resource
  const call = await client.calls(req.body.CallSid).fetch();
  console.log(`recording ${recording.sid} of ${call.to}: ${req.body.RecordingDuration}s`);
  return res.sendStatus(204);
});

recordings.delete("/:recordingSid", async (req, res) => {
  await client.recordings(req.params.recordingSid).remove();
  res.sendStatus(204);
});
