import twilio from "twilio";
import { env } from "../config/env";
import { HOLD_MUSIC_ASSET_URL } from "../config/sids";

const { VoiceResponse } = twilio.twiml;

export function say(text: string): string {
  const response = new VoiceResponse();
  response.say({ voice: "Polly.Joanna" }, text);
  return response.toString();
}

export function enqueueToWorkflow(workflowSid: string, attributes: Record<string, unknown>): string {
  const response = new VoiceResponse();
  const enqueue = response.enqueue({ workflowSid, waitUrl: HOLD_MUSIC_ASSET_URL, waitUrlMethod: "GET" });
  enqueue.task({ priority: 5, timeout: 600 }, JSON.stringify(attributes));
  return response.toString();
}

export function joinConference(conferenceName: string, options: { startOnEnter: boolean; endOnExit: boolean }): string {
  const response = new VoiceResponse();
  const dial = response.dial();
  dial.conference(
    {
      startConferenceOnEnter: options.startOnEnter,
      endConferenceOnExit: options.endOnExit,
      waitUrl: HOLD_MUSIC_ASSET_URL,
      statusCallback: `${env.publicBaseUrl}/conference/status`,
      statusCallbackEvent: ["start", "end", "join", "leave", "mute", "hold"],
      record: "record-from-start",
      recordingStatusCallback: `${env.publicBaseUrl}/conference/recording`,
    },
    conferenceName,
  );
  return response.toString();
}

export function dialClient(identity: string, callerId: string): string {
  const response = new VoiceResponse();
  const dial = response.dial({ callerId, answerOnBridge: true, action: `${env.publicBaseUrl}/voice/dial-action` });
  dial.client(identity);
  return response.toString();
}

export function hangup(): string {
  const response = new VoiceResponse();
  response.hangup();
  return response.toString();
}
