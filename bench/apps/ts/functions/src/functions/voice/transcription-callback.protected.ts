import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type TranscriptionEvent = { CallSid: string; RecordingSid: string; TranscriptionSid: string; TranscriptionText?: string; TranscriptionStatus: string };

export const handler: ServerlessFunctionSignature<HarborEnv, TranscriptionEvent> = async (context, event, callback) => {
  const client = context.getTwilioClient();
  const text =
    event.TranscriptionText ?? (await client.recordings(event.RecordingSid).transcriptions(event.TranscriptionSid).fetch()).transcriptionText;
  const call = await client.calls(event.CallSid).fetch();
  await client.taskrouter.v1.workspaces(context.WORKSPACE_SID).tasks.create({
    workflowSid: context.CALLBACK_WORKFLOW_SID,
    taskChannel: "voice",
    attributes: JSON.stringify({ type: "voicemail", from: call.from, recording_sid: event.RecordingSid, transcript: text }),
  });
  callback(null, {});
};
