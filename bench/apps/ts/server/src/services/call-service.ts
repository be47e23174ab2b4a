import type { Twilio } from "twilio";
import type { CallInstance } from "twilio/lib/rest/api/v2010/account/call";
import { env } from "../config/env";
import { isNotFound } from "../../../shared/errors";
import type { CallSid, QueueSid, RecordingSid } from "../../../shared/sid";

export interface OutboundCallOptions {
  to: string;
  from?: string;
  twiml?: string;
  url?: string;
  machineDetection?: boolean;
}

export class CallService {
  constructor(private readonly client: Twilio) {}

  async place(options: OutboundCallOptions): Promise<CallInstance> {
    return this.client.calls.create({
      to: options.to,
      from: options.from ?? env.callerId,
      ...(options.twiml ? { twiml: options.twiml } : { url: options.url ?? `${env.publicBaseUrl}/voice/outbound` }),
      statusCallback: `${env.publicBaseUrl}/voice/call-status`,
      statusCallbackEvent: ["initiated", "ringing", "answered", "completed"],
      machineDetection: options.machineDetection ? "DetectMessageEnd" : undefined,
    });
  }

  async fetch(callSid: CallSid): Promise<CallInstance | undefined> {
    try {
      return await this.client.calls(callSid).fetch();
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async hangUp(callSid: string): Promise<void> {
    await this.client.calls(callSid).update({ status: "completed" });
  }

  async redirect(callSid: string, url: string): Promise<void> {
    await this.client.calls(callSid).update({ url, method: "POST" });
  }

  async say(callSid: string, text: string): Promise<void> {
    await this.client.calls(callSid).update({ twiml: `<Response><Say>${text}</Say></Response>` });
  }

  async startRecording(callSid: CallSid) {
    return this.client.calls(callSid).recordings.create({
      recordingChannels: "dual",
      recordingStatusCallback: `${env.publicBaseUrl}/voice/recording-status`,
      recordingStatusCallbackEvent: ["completed", "absent"],
    });
  }

  async pauseRecording(callSid: CallSid): Promise<void> {
    // Twilio.CURRENT addresses whichever recording is active on the call.
    await this.client.calls(callSid).recordings("Twilio.CURRENT").update({ status: "paused", pauseBehavior: "skip" });
  }

  async resumeRecording(callSid: CallSid, recordingSid: RecordingSid): Promise<void> {
    await this.client.calls(callSid).recordings(recordingSid).update({ status: "in-progress" });
  }

  async children(parentCallSid: CallSid): Promise<CallInstance[]> {
    return this.client.calls.list({ parentCallSid, limit: 20 });
  }

  async dequeueFront(queueSid: QueueSid, url: string): Promise<void> {
    await this.client.queues(queueSid).members("Front").update({ url, method: "POST" });
  }

  async dequeue(queueSid: QueueSid, callSid: CallSid, url: string): Promise<void> {
    await this.client.queues(queueSid).members(callSid).update({ url });
  }

  async queueDepth(queueSid: QueueSid): Promise<number> {
    const queue = await this.client.queues(queueSid).fetch();
    return queue.currentSize;
  }

  async sendDigits(callSid: CallSid, digits: string): Promise<void> {
    await this.client.calls(callSid).update({ twiml: `<Response><Play digits="${digits}"/></Response>` });
  }

  async notifyAgentScreen(callSid: CallSid, content: Record<string, unknown>): Promise<void> {
    await this.client.calls(callSid).userDefinedMessages.create({ content: JSON.stringify(content) });
  }

  async startStream(callSid: CallSid, url: string): Promise<string> {
    const stream = await this.client.calls(callSid).streams.create({ url, track: "both_tracks", name: `transcribe-${callSid}` });
    return stream.sid;
  }

  async stopStream(callSid: CallSid, streamName: string): Promise<void> {
    // A stream started with a name can be stopped by that name.
    await this.client.calls(callSid).streams(streamName).update({ status: "stopped" });
  }
}
