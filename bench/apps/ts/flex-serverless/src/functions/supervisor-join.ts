import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

type JoinEvent = { conferenceSid: string; agentCallSid: string; supervisorSid: string; mode: "monitor" | "coach" | "barge" };

export const handler = TokenValidator<FlexEnv, JoinEvent>(async (context, event, callback) => {
  const client = context.getTwilioClient();
  try {
    const worker = await client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).workers(event.supervisorSid).fetch();
    const { contact_uri: contactUri } = JSON.parse(worker.attributes) as { contact_uri: string };
    const participant = await client.conferences(event.conferenceSid).participants.create({
      from: context.TWILIO_FLEX_CALLER_ID,
      to: contactUri,
      muted: event.mode === "monitor",
      coaching: event.mode === "coach",
      callSidToCoach: event.mode === "coach" ? event.agentCallSid : undefined,
      endConferenceOnExit: false,
      beep: "false",
    });
    callback(null, ok({ supervisorCallSid: participant.callSid }));
  } catch (error) {
    callback(null, fail(error));
  }
});
