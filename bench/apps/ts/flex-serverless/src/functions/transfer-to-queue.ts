import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

type TransferEvent = { taskSid: string; targetQueueSid: string; conferenceSid: string; agentCallSid: string };

/** Cold transfer to a queue: a new task in the transfer workflow, the agent leaves the conference. */
export const handler = TokenValidator<FlexEnv, TransferEvent>(async (context, event, callback) => {
  const client = context.getTwilioClient();
  const workspace = client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID);
  try {
    const original = await workspace.tasks(event.taskSid).fetch();
    const attributes = { ...JSON.parse(original.attributes), transferTargetSid: event.targetQueueSid, transferred_from: event.taskSid };
    const transferTask = await workspace.tasks.create({
      workflowSid: context.TWILIO_TRANSFER_WORKFLOW_SID,
      taskChannel: original.taskChannelUniqueName,
      attributes: JSON.stringify(attributes),
      priority: original.priority + 10,
    });
    await client.conferences(event.conferenceSid).participants(event.agentCallSid).update({ endConferenceOnExit: false });
    await client.conferences(event.conferenceSid).participants(event.agentCallSid).remove();
    await workspace.tasks(event.taskSid).update({ assignmentStatus: "wrapping", reason: "transferred" });
    callback(null, ok({ transferTaskSid: transferTask.sid }));
  } catch (error) {
    callback(null, fail(error));
  }
});
