import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { jsonResponse } from "../utils/response.private";
import { withClient } from "../utils/twilio-execute.private";

type StatusEvent = { workerSid: string; activity?: "available" | "offline" | "break" };

export const handler: ServerlessFunctionSignature<HarborEnv, StatusEvent> = async (context, event, callback) => {
  const run = withClient(context);
  const activities = await run((client) => client.taskrouter.v1.workspaces(context.WORKSPACE_SID).activities.list());
  const wanted = activities.find((activity) => activity.friendlyName.toLowerCase() === (event.activity ?? "available"));
  if (!wanted) return callback(null, jsonResponse({ error: "unknown activity" }, 400));
  const worker = await run((client) =>
    client.taskrouter.v1.workspaces(context.WORKSPACE_SID).workers(event.workerSid).update({ activitySid: wanted.sid }),
  );
  const channels = await run((client) => client.taskrouter.v1.workspaces(context.WORKSPACE_SID).workers(event.workerSid).workerChannels.list());
  return callback(null, jsonResponse({ activity: worker.activityName, channels: channels.map((channel) => channel.taskChannelUniqueName) }));
};
