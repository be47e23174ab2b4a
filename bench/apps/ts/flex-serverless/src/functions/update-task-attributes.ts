import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";
import { twilioExecute } from "./common/retry.private";

type UpdateEvent = { taskSid: string; attributesUpdate: string };

export const handler = TokenValidator<FlexEnv, UpdateEvent>(async (context, event, callback) => {
  try {
    const task = await twilioExecute(context, (client) =>
      client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).tasks(event.taskSid).fetch(),
    );
    const merged = { ...JSON.parse(task.attributes), ...JSON.parse(event.attributesUpdate) };
    const updated = await twilioExecute(context, (client) =>
      client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).tasks(event.taskSid).update({ attributes: JSON.stringify(merged) }),
    );
    callback(null, ok({ attributes: JSON.parse(updated.attributes) }));
  } catch (error) {
    callback(null, fail(error));
  }
});
