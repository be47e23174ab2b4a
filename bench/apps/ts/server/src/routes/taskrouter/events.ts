import { Router, type Request, type Response } from "express";
import type { TaskRouterEventBody } from "../../../../shared/webhooks";
import { services } from "../../services";
import { logger } from "../../../../shared/logger";
import { parseAttributes } from "../../helpers/taskrouter-helpers";

export const taskRouterEvents = Router();

taskRouterEvents.post("/events", async (req: Request<{}, unknown, TaskRouterEventBody>, res: Response) => {
  const { EventType, ResourceSid: resourceSid, TaskSid, WorkerSid, TaskAttributes } = req.body;
  logger.info("taskrouter event", { eventType: EventType, resourceSid });

  switch (EventType) {
    case "task.canceled": {
      const attributes = parseAttributes<{ call_sid?: string }>(TaskAttributes);
      if (attributes.call_sid) await services.calls.hangUp(attributes.call_sid).catch(() => undefined);
      break;
    }
    case "reservation.timeout": {
      if (WorkerSid) await services.taskrouter.setActivity(WorkerSid as `WK${string}`, undefined);
      break;
    }
    case "task.wrapup": {
      if (TaskSid) await services.taskrouter.complete(TaskSid as `WT${string}`, "auto-completed after wrap-up");
      break;
    }
    default:
      break;
  }
  res.sendStatus(204);
});
