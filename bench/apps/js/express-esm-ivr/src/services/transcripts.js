import { client } from "../lib/client.js";

/** Real-time transcription of interpreter calls, stored with the call for quality review. */
export async function startTranscription(callSid) {
  const transcription = await client.calls(callSid).transcriptions.create({
    name: `interp-${callSid}`,
    track: "both_tracks",
    statusCallbackUrl: `${process.env.BASE_URL}/transcripts/status`,
    languageCode: "es-US",
  });
  return transcription.sid;
}

export async function stopTranscription(callSid, transcriptionSid) {
  await client.calls(callSid).transcriptions(transcriptionSid).update({ status: "stopped" });
}

export async function stopByName(callSid) {
  // A transcription started with a name can be stopped by it.
  await client.calls(callSid).transcriptions(`interp-${callSid}`).update({ status: "stopped" });
}
