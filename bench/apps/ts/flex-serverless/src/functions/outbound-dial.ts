import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

type DialEvent = { to: string; workerContactUri: string; taskSid: string };

// Outbound calls from Flex: the agent's leg first, then the customer, both in the conference named after the task.
export const handler = TokenValidator<FlexEnv, DialEvent>(async (context, event, callback) => {
  const participants = context.getTwilioClient().conferences(event.taskSid).participants;
  try {
    const agent = await participants.create({
      from: context.TWILIO_FLEX_CALLER_ID,
      to: event.workerContactUri,
      startConferenceOnEnter: true,
      endConferenceOnExit: true,
      label: "worker",
    });
    const customer = await participants.create({
      from: context.TWILIO_FLEX_CALLER_ID,
      to: event.to,
      earlyMedia: true,
      label: "customer",
    });
    callback(null, ok({ agentCallSid: agent.callSid, customerCallSid: customer.callSid }));
  } catch (error) {
    callback(null, fail(error));
  }
});
