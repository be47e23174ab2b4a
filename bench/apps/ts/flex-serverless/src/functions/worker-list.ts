import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

export const handler = TokenValidator<FlexEnv, { skill?: string }>(async (context, event, callback) => {
  try {
    const workers = await context
      .getTwilioClient()
      .taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID)
      .workers.list({ available: "true", targetWorkersExpression: event.skill ? `routing.skills HAS '${event.skill}'` : undefined });
    callback(null, ok(workers.map((worker) => ({ workerSid: worker.sid, name: worker.friendlyName, activity: worker.activityName }))));
  } catch (error) {
    callback(null, fail(error));
  }
});
