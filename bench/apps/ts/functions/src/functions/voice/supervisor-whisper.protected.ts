import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { twilioExecute } from "../utils/twilio-execute.private";

type WhisperEvent = { ConferenceSid: string; AgentCallSid: string; supervisorNumber: string };

// Dials a supervisor into an agent's conference as a coach: only the agent hears them.
export const handler: ServerlessFunctionSignature<HarborEnv, WhisperEvent> = async (context, event, callback) => {
  const conference = await twilioExecute(context, (client) => client.conferences(event.ConferenceSid).fetch());
  if (conference.status !== "in-progress") return callback(null, { error: "conference is not live" });
  const agent = await twilioExecute(context, (client) => client.conferences(event.ConferenceSid).participants(event.AgentCallSid).fetch());
  const supervisor = await twilioExecute(context, (client) =>
    client.conferences(event.ConferenceSid).participants.create({
      from: context.NURSE_LINE_NUMBER,
      to: event.supervisorNumber,
      coaching: true,
      callSidToCoach: agent.callSid,
      beep: "false",
    }),
  );
  return callback(null, { supervisorCallSid: supervisor.callSid });
};
