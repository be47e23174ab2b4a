import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { twilioExecute } from "../utils/twilio-execute.private";

type AcceptedEvent = { TaskSid: string; ReservationSid: string; WorkerSid: string; TaskAttributes: string };

// reservation.accepted: record who took the call on the task and in the wallboard.
export const handler: ServerlessFunctionSignature<HarborEnv, AcceptedEvent> = async (context, event, callback) => {
  const { TaskSid: taskSid, ReservationSid: reservationSid, WorkerSid: workerSid } = event;
  const [reservation, worker] = await Promise.all([
    twilioExecute(context, (client) => client.taskrouter.v1.workspaces(context.WORKSPACE_SID).tasks(taskSid).reservations(reservationSid).fetch()),
    twilioExecute(context, (client) => client.taskrouter.v1.workspaces(context.WORKSPACE_SID).workers(workerSid).fetch()),
  ]);
  const attributes = { ...JSON.parse(event.TaskAttributes), accepted_by: worker.friendlyName, accepted_at: reservation.dateUpdated };
  await twilioExecute(context, (client) =>
    client.taskrouter.v1.workspaces(context.WORKSPACE_SID).tasks(taskSid).update({ attributes: JSON.stringify(attributes) }),
  );
  const { call_sid: callSid } = attributes as { call_sid?: string };
  if (callSid) {
    await twilioExecute(context, (client) =>
      client.sync.v1.services(context.SYNC_SERVICE_SID).documents(callSid).update({ data: { status: "with-agent", agent: worker.friendlyName } }),
    );
  }
  callback(null, {});
};
