import { Router, type Request, type Response } from "express";
import type { AssignmentCallbackBody } from "../../../../shared/webhooks";
import { env } from "../../config/env";
import { ACTIVITIES } from "../../config/sids";
import { tasks } from "../../repositories/task-repository";
import { parseAttributes } from "../../helpers/taskrouter-helpers";

export const assignment = Router();

interface WorkerAttributes {
  contact_uri: string;
  skills?: string[];
}

/** TaskRouter's assignment callback: tell it how to connect the reserved worker. */
assignment.post("/assignment", async (req: Request<{}, unknown, AssignmentCallbackBody>, res: Response) => {
  const { TaskSid, ReservationSid, WorkerSid, TaskAttributes, WorkerAttributes } = req.body;
  const task = parseAttributes<{ type: string; call_sid?: string; from?: string }>(TaskAttributes);
  const worker = parseAttributes<WorkerAttributes>(WorkerAttributes);
  await tasks.assign(TaskSid, WorkerSid, ReservationSid);

  if (task.type === "inbound_call") {
    res.json({
      instruction: "conference",
      from: env.callerId,
      to: worker.contact_uri,
      post_work_activity_sid: ACTIVITIES.wrapUp,
      end_conference_on_exit: true,
      conference_status_callback: `${env.publicBaseUrl}/conference/status`,
      conference_status_callback_event: "start,end,join,leave",
    });
    return;
  }
  if (task.type === "callback") {
    res.json({
      instruction: "call",
      to: worker.contact_uri,
      from: env.callerId,
      url: `${env.publicBaseUrl}/taskrouter/callback-bridge?to=${encodeURIComponent(task.from ?? "")}&taskSid=${TaskSid}`,
      status_callback_url: `${env.publicBaseUrl}/taskrouter/callback-status`,
    });
    return;
  }
  res.json({ instruction: "accept" });
});
