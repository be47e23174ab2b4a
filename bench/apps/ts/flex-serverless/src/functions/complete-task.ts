import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

type CompleteEvent = { TaskSid?: string; ReservationSid: string; reason?: string };

// Completes the task of a reservation that Flex left in wrap-up after a dropped browser session.
export const handler = TokenValidator<FlexEnv, CompleteEvent>(async (context, event, callback) => {
  const client = context.getTwilioClient();
  const workspace = client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID);
  try {
    const task = event.TaskSid
      ? await workspace.tasks(event.TaskSid).fetch()
      : await workspace.tasks(event.ReservationSid).fetch(); // expect-sid: sid-matches-resource
    await workspace.tasks(task.sid).update({ assignmentStatus: "completed", reason: event.reason ?? "completed from Flex" });
    callback(null, ok({ taskSid: task.sid }));
  } catch (error) {
    callback(null, fail(error));
  }
});
