import { routing } from "../config/taskrouter";
import { TASK_QUEUES } from "../config/sids";
import { defineWorker } from "./queue";

interface EscalationJob {
  taskSid: string;
}

/** Tasks waiting longer than ten minutes get a higher priority and the nurse line as a target. */
export const taskEscalationWorker = defineWorker<EscalationJob>("task-escalation", async ({ taskSid }, { twilio, log }) => {
  const workspace = twilio.taskrouter.v1.workspaces(routing.workspaceSid);
  const task = await workspace.tasks(taskSid).fetch();
  if (task.assignmentStatus !== "pending" || task.age < 600) return;
  const attributes = { ...JSON.parse(task.attributes), escalated: true, requested_queue_sid: TASK_QUEUES.nurseLine };
  await workspace.tasks(taskSid).update({ priority: task.priority + 50, attributes: JSON.stringify(attributes) });
  const stats = await workspace.taskQueues(TASK_QUEUES.nurseLine).realTimeStatistics().fetch();
  log.warn("task escalated", { taskSid, age: task.age, nurseLineAvailable: stats.totalAvailableWorkers });
  const events = await workspace.events.list({ taskSid, limit: 20 });
  log.info("task history", { events: events.map((event) => event.eventType) });
});
