import { twilioClient } from "../../../../lib/twilio";
import { serverEnv } from "../../../../lib/env";

// Streams a voicemail recording to the signed-in clinician without exposing our credentials to the browser.
export async function GET(_request: Request, { params }: { params: { recordingSid: string } }) {
  const recording = await twilioClient.recordings(params.recordingSid).fetch();
  const media = await fetch(`https://api.twilio.com/2010-04-01/Accounts/${recording.accountSid}/Recordings/${recording.sid}.mp3`, {
    headers: { Authorization: `Basic ${Buffer.from(`${serverEnv.apiKeySid}:${serverEnv.apiKeySecret}`).toString("base64")}` },
  });
  return new Response(media.body, { headers: { "Content-Type": "audio/mpeg" } });
}

export async function DELETE(_request: Request, { params }: { params: { recordingSid: string } }) {
  await twilioClient.recordings(params.recordingSid).remove();
  return new Response(null, { status: 204 });
}
