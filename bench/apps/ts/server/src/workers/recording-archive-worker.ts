import { writeFile } from "node:fs/promises";
import { env } from "../config/env";
import { defineWorker } from "./queue";

interface ArchiveJob {
  recordingSid: string;
  callSid: string;
}

/** Copies a finished recording to our encrypted archive, then deletes it at Twilio. */
export const recordingArchiveWorker = defineWorker<ArchiveJob>("recording-archive", async ({ recordingSid, callSid }, { twilio, log }) => {
  const recording = await twilio.recordings(recordingSid).fetch();
  const response = await fetch(`https://api.twilio.com${recording.uri.replace(".json", ".wav")}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${env.twilioApiKey}:${env.twilioApiSecret}`).toString("base64")}` },
  });
  await writeFile(`/var/archive/${callSid}/${recordingSid}.wav`, Buffer.from(await response.arrayBuffer()));
  const transcriptions = await twilio.recordings(recordingSid).transcriptions.list();
  for (const transcription of transcriptions) await twilio.transcriptions(transcription.sid).remove();
  await twilio.recordings(recordingSid).remove();
  const call = await twilio.calls(callSid).fetch();
  log.info("recording archived", { recordingSid, callSid, callDuration: call.duration });
});
