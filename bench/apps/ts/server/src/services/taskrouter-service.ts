import type { Twilio } from "twilio";
import type { TaskInstance } from "twilio/lib/rest/taskrouter/v1/workspace/task";
import type { WorkerInstance } from "twilio/lib/rest/taskrouter/v1/workspace/worker";
import { routing } from "../config/taskrouter";
import { ACTIVITIES, TASK_QUEUES } from "../config/sids";
import type { ActivitySid, ReservationSid, TaskSid, WorkerSid } from "../../../shared/sid";

export type TaskAttributes = {
  type: "inbound_call" | "callback" | "sms" | "chat";
  from?: string;
  call_sid?: string;
  conversation_sid?: string;
  name?: string;
  conference?: { sid: string; participants: Record<string, string> };
  [key: string]: unknown;
};

export class TaskRouterService {
  private readonly workspace;

  constructor(
    private readonly client: Twilio,
    private readonly workspaceSid: string = routing.workspaceSid,
  ) {
    this.workspace = client.taskrouter.v1.workspaces(workspaceSid);
  }

  async createTask(attributes: TaskAttributes, taskChannel = "voice", priority = 0): Promise<TaskInstance> {
    return this.workspace.tasks.create({
      workflowSid: routing.workflowSid,
      taskChannel,
      priority,
      timeout: 3600,
      attributes: JSON.stringify(attributes),
    });
  }

  async createCallbackTask(attributes: TaskAttributes): Promise<TaskInstance> {
    return this.client.taskrouter.v1.workspaces(this.workspaceSid).tasks.create({
      workflowSid: routing.callbackWorkflowSid,
      taskChannel: "voice",
      attributes: JSON.stringify({ ...attributes, type: "callback" }),
    });
  }

  async task(taskSid: TaskSid): Promise<TaskInstance> {
    return this.workspace.tasks(taskSid).fetch();
  }

  async updateAttributes(taskSid: TaskSid, patch: Partial<TaskAttributes>): Promise<TaskInstance> {
    const task = await this.workspace.tasks(taskSid).fetch();
    const attributes = { ...JSON.parse(task.attributes), ...patch };
    return this.workspace.tasks(taskSid).update({ attributes: JSON.stringify(attributes) });
  }

  async complete(taskSid: TaskSid, reason: string): Promise<void> {
    await this.workspace.tasks(taskSid).update({ assignmentStatus: "completed", reason });
  }

  async cancel(taskSid: TaskSid, reason: string): Promise<void> {
    await this.client.taskrouter.v1.workspaces(this.workspaceSid).tasks(taskSid).update({ assignmentStatus: "canceled", reason });
  }

  async acceptReservation(taskSid: TaskSid, reservationSid: ReservationSid): Promise<void> {
    await this.workspace.tasks(taskSid).reservations(reservationSid).update({ reservationStatus: "accepted" });
  }

  async rejectReservation(workerSid: WorkerSid, reservationSid: ReservationSid): Promise<void> {
    await this.workspace.workers(workerSid).reservations(reservationSid).update({ reservationStatus: "rejected" });
  }

  async conferenceReservation(taskSid: TaskSid, reservationSid: ReservationSid, from: string): Promise<void> {
    await this.workspace.tasks(taskSid).reservations(reservationSid).update({
      instruction: "conference",
      from,
      endConferenceOnExit: true,
      conferenceRecord: "true",
    });
  }

  async setActivity(workerSid: WorkerSid, activitySid: ActivitySid = ACTIVITIES.available): Promise<WorkerInstance> {
    return this.workspace.workers(workerSid).update({ activitySid, rejectPendingReservations: activitySid === ACTIVITIES.offline });
  }

  async logOut(workerSid: WorkerSid): Promise<void> {
    await this.client.taskrouter.v1.workspaces(this.workspaceSid).workers(workerSid).update({ activitySid: routing.offlineActivitySid });
  }

  async setVoiceCapacity(workerSid: WorkerSid, capacity: number): Promise<void> {
    // Worker channels are addressed by the task channel's unique name.
    await this.workspace.workers(workerSid).workerChannels("voice").update({ capacity, available: capacity > 0 });
  }

  async workerForTask(taskSid: TaskSid): Promise<WorkerInstance | undefined> {
    const reservations = await this.workspace.tasks(taskSid).reservations.list({ reservationStatus: "accepted", limit: 1 });
    const workerSid = reservations[0]?.workerSid;
    return workerSid ? this.workspace.workers(workerSid).fetch() : undefined;
  }

  async workerByTask(taskSid: TaskSid): Promise<WorkerInstance> {
    return this.workspace.workers(taskSid).fetch(); // expect-sid: typed sid-matches-resource
  }

  async availableWorkers(): Promise<WorkerInstance[]> {
    return this.workspace.workers.list({ activitySid: ACTIVITIES.available });
  }

  async queueStats(taskQueueSid: string = TASK_QUEUES.general) {
    const stats = await this.workspace.taskQueues(taskQueueSid).realTimeStatistics().fetch();
    return { waiting: stats.tasksByStatus, longestWait: stats.longestTaskWaitingAge };
  }

  async cumulative(minutes: number) {
    return this.workspace.cumulativeStatistics().fetch({ minutes });
  }

  async events(taskSid: TaskSid) {
    return this.workspace.events.list({ taskSid, limit: 100 });
  }
}
