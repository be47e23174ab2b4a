import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type StreamEvent = { CallSid: string; StreamSid: string; StreamEvent: "stream-started" | "stream-stopped" | "stream-error"; StreamError?: string };

// Media Streams status callback: when the transcription stream fails, stop it and tell the agent screen.
export const handler: ServerlessFunctionSignature<HarborEnv, StreamEvent> = async (context, event, callback) => {
  const client = context.getTwilioClient();
  if (event.StreamEvent === "stream-error") {
    await client.calls(event.CallSid).streams(event.StreamSid).update({ status: "stopped" });
    await client.calls(event.CallSid).userDefinedMessages.create({ content: JSON.stringify({ type: "transcription-unavailable" }) });
  }
  if (event.StreamEvent === "stream-stopped") {
    const call = await client.calls(event.CallSid).fetch();
    console.log(`stream ${event.StreamSid} of ${call.sid} stopped after ${call.duration ?? "?"}s`);
  }
  callback(null, {});
};
