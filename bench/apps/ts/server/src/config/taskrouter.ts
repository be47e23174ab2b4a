import { env } from "./env";
import { ACTIVITIES, TASK_QUEUES, WORKFLOWS } from "./sids";

export interface RoutingSettings {
  workspaceSid: string;
  workflowSid: string;
  callbackWorkflowSid: string;
  offlineActivitySid: string;
  availableActivitySid: string;
  defaultQueueSid: string;
  timeoutSeconds: number;
}

export const routing: RoutingSettings = {
  workspaceSid: env.workspaceSid,
  workflowSid: env.workflowSid,
  callbackWorkflowSid: WORKFLOWS.callback,
  offlineActivitySid: ACTIVITIES.offline,
  availableActivitySid: ACTIVITIES.available,
  defaultQueueSid: TASK_QUEUES.general,
  timeoutSeconds: 120,
};

// The after-hours flow runs in the staging workspace while we pilot it.
export const afterHoursRouting = {
  workspaceSid: process.env.TWILIO_STAGING_WORKSPACE_SID ?? env.workspaceSid,
  workflowSid: process.env.TWILIO_WORKSPACE_SID, // expect-sid: sid-prefix-matches-name
  queueSid: TASK_QUEUES.nurseLine,
};
