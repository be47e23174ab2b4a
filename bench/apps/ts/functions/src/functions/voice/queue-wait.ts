import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type WaitEvent = { CallSid: string; QueueSid: string; QueuePosition: string; AvgQueueTime: string; QueueTime: string };

export const handler: ServerlessFunctionSignature<HarborEnv, WaitEvent> = async (context, event, callback) => {
  const twiml = new Twilio.twiml.VoiceResponse();
  const waited = Number(event.QueueTime);
  if (waited > 300) {
    // After five minutes offer a callback: leave the queue and create a callback task.
    const client = context.getTwilioClient();
    // Queue members are identified by the caller's call SID.
    const memberSid = event.CallSid;
    const member = await client.queues(event.QueueSid).members(memberSid).fetch();
    twiml.say(`You have waited ${Math.round(member.waitTime / 60)} minutes. Press 1 to get a call back instead.`);
    twiml.gather({ numDigits: 1, action: `https://${context.DOMAIN_NAME}/taskrouter/create-callback-task` });
  }
  twiml.play(`https://${context.DOMAIN_NAME}/hold-music.mp3`);
  callback(null, twiml);
};
