import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";
import { twilioExecute } from "./common/retry.private";

export const handler = TokenValidator<FlexEnv, { queueSids?: string }>(async (context, event, callback) => {
  try {
    const queues = event.queueSids
      ? event.queueSids.split(",")
      : (await twilioExecute(context, (client) => client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).taskQueues.list())).map(
          (queue) => queue.sid,
        );
    const stats = await Promise.all(
      queues.map((taskQueueSid) =>
        twilioExecute(context, (client) =>
          client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).taskQueues(taskQueueSid).realTimeStatistics().fetch(),
        ),
      ),
    );
    callback(null, ok(stats.map((stat) => ({ taskQueueSid: stat.taskQueueSid, waiting: stat.tasksByStatus, longest: stat.longestTaskWaitingAge }))));
  } catch (error) {
    callback(null, fail(error));
  }
});
