import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type JoinEvent = { CallSid: string; TaskSid?: string; role?: "agent" | "customer" };

// Both legs join a conference named after the task; the agent's leg ends it.
export const handler: ServerlessFunctionSignature<HarborEnv, JoinEvent> = (context, event, callback) => {
  const twiml = new Twilio.twiml.VoiceResponse();
  const friendlyName = event.TaskSid ?? event.CallSid;
  const conferenceName = friendlyName;
  twiml.dial().conference(
    {
      startConferenceOnEnter: event.role === "agent",
      endConferenceOnExit: event.role === "agent",
      beep: "false",
      statusCallback: `https://${context.DOMAIN_NAME}/voice/conference-status`,
      statusCallbackEvent: ["start", "end", "join", "leave"],
    },
    conferenceName,
  );
  callback(null, twiml);
};
