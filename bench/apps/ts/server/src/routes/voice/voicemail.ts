import { Router, type Request, type Response } from "express";
import twilio from "twilio";
import { env } from "../../config/env";
import { services } from "../../services";
import { callLogs } from "../../repositories/call-log-repository";

const { VoiceResponse } = twilio.twiml;

export const voicemail = Router();

voicemail.post("/voicemail", (_req: Request, res: Response) => {
  const response = new VoiceResponse();
  response.say("Please leave a message after the tone. A nurse will call you back.");
  response.record({
    maxLength: 120,
    playBeep: true,
    transcribe: true,
    transcribeCallback: `${env.publicBaseUrl}/voice/transcription`,
    recordingStatusCallback: `${env.publicBaseUrl}/voice/recording-status`,
  });
  res.type("text/xml").send(response.toString());
});

voicemail.post("/transcription", async (req: Request, res: Response) => {
  const { CallSid: callSid, RecordingSid: recordingSid, TranscriptionSid: transcriptionSid, TranscriptionText } = req.body;
  await callLogs.attachVoicemail(callSid, { recordingSid, transcriptionSid, text: TranscriptionText });
  if (!TranscriptionText) {
    const text = await services.recordings.transcription(transcriptionSid);
    await callLogs.attachVoicemail(callSid, { recordingSid, transcriptionSid, text });
  }
  await services.taskrouter.createCallbackTask({ type: "callback", call_sid: callSid, voicemail_recording_sid: recordingSid });
  res.sendStatus(204);
});
