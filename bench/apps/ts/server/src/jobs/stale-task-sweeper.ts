import { twilioClient } from "../lib/twilio";
import { routing } from "../config/taskrouter";
import { logger } from "../../../shared/logger";

/** Tasks pending for hours belong to callers who gave up long ago. */
export async function sweepStaleTasks(hours: number): Promise<void> {
  const workspace = twilioClient.taskrouter.v1.workspaces(routing.workspaceSid);
  const pending = await workspace.tasks.list({ assignmentStatus: ["pending", "reserved"], limit: 500 });
  const cutoff = hours * 3600;
  for (const task of pending.filter((candidate) => candidate.age > cutoff)) {
    const reservations = await workspace.tasks(task.sid).reservations.list({ reservationStatus: "pending" });
    for (const reservation of reservations) {
      await workspace.tasks(task.sid).reservations(reservation.sid).update({ reservationStatus: "timeout" });
    }
    await workspace.tasks(task.sid).update({ assignmentStatus: "canceled", reason: `stale after ${hours}h` });
    logger.info("stale task canceled", { taskSid: task.sid, age: task.age });
  }
}
