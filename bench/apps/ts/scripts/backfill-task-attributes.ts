// One-off: tasks created before release 2024.05 lack `department`; derive it from the queue they sat in.
import { adminClient } from "./lib/client";
import { requireEnv } from "./lib/cli";

const client = adminClient();
const workspaceSid = requireEnv("TWILIO_WORKSPACE_SID");
const queues = new Map((await client.taskrouter.v1.workspaces(workspaceSid).taskQueues.list()).map((queue) => [queue.sid, queue.friendlyName]));

let updated = 0;
for (const task of await client.taskrouter.v1.workspaces(workspaceSid).tasks.list({ assignmentStatus: ["pending", "reserved", "assigned"] })) {
  const attributes = JSON.parse(task.attributes) as Record<string, unknown>;
  if (attributes.department) continue;
  attributes.department = (queues.get(task.taskQueueSid) ?? "general").toLowerCase();
  await client.taskrouter.v1.workspaces(workspaceSid).tasks(task.sid).update({ attributes: JSON.stringify(attributes) });
  updated++;
}
console.log(`backfilled ${updated} tasks`);
