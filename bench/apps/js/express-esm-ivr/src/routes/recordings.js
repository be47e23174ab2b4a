import { Router } from "express";
import { client } from "../lib/client.js";

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
