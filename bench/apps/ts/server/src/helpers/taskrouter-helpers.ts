import type { Twilio } from "twilio";
import { twilioClient } from "../lib/twilio";
import { routing } from "../config/taskrouter";
import type { TaskSid, WorkerSid } from "../../../shared/sid";

const workspace = twilioClient.taskrouter.v1.workspaces(routing.workspaceSid);

export function parseAttributes<T = Record<string, unknown>>(raw: string | undefined): T {
  try {
    return JSON.parse(raw ?? "{}") as T;
  } catch {
    return {} as T;
  }
}

export async function taskAttributes(taskSid: TaskSid) {
  const task = await workspace.tasks(taskSid).fetch();
  return parseAttributes(task.attributes);
}

export async function workerName(workerSid: WorkerSid): Promise<string> {
  const worker = await workspace.workers(workerSid).fetch();
  return worker.friendlyName;
}

export async function workerBySkill(skill: string) {
  return workspace.workers.list({ targetWorkersExpression: `skills HAS "${skill}"` });
}

export async function pendingReservations(workerSid: WorkerSid) {
  return workspace.workers(workerSid).reservations.list({ reservationStatus: "pending" });
}

export async function wrapUp(taskSid: TaskSid, client: Twilio = twilioClient): Promise<void> {
  await client.taskrouter.v1.workspaces(routing.workspaceSid).tasks(taskSid).update({ assignmentStatus: "wrapping" });
}

export async function workflowConfiguration(workflowSid: string) {
  const workflow = await workspace.workflows(workflowSid).fetch();
  return JSON.parse(workflow.configuration) as { task_routing: { filters: unknown[] } };
}

export async function activityByName(friendlyName: string) {
  const [activity] = await workspace.activities.list({ friendlyName });
  return activity?.sid;
}

export async function channelsOf(workerSid: WorkerSid) {
  return workspace.workers(workerSid).workerChannels.list();
}
