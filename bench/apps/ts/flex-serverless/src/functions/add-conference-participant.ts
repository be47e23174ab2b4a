import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

type AddParticipantEvent = { taskSid: string; to: string; from?: string };

// Flex names the conference of a voice task after the task SID; creating a participant by that name joins it.
export const handler = TokenValidator<FlexEnv, AddParticipantEvent>(async (context, event, callback) => {
  const client = context.getTwilioClient();
  try {
    const participant = await client.conferences(event.taskSid).participants.create({
      to: event.to,
      from: event.from ?? context.TWILIO_FLEX_CALLER_ID,
      earlyMedia: true,
      endConferenceOnExit: false,
      label: "external",
    });
    const task = await client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).tasks(event.taskSid).fetch();
    const attributes = JSON.parse(task.attributes);
    attributes.conference = attributes.conference ?? { participants: {} };
    attributes.conference.participants.external = participant.callSid;
    await client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).tasks(event.taskSid).update({ attributes: JSON.stringify(attributes) });
    callback(null, ok({ callSid: participant.callSid }));
  } catch (error) {
    callback(null, fail(error));
  }
});
