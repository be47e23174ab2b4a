import { Router, type Request, type Response } from "express";
import type { ConferenceStatusBody } from "../../../../shared/webhooks";
import { tasks } from "../../repositories/task-repository";
import { services } from "../../services";
import { logger } from "../../../../shared/logger";

export const conferenceStatus = Router();

conferenceStatus.post("/status", async (req: Request<{}, unknown, ConferenceStatusBody>, res: Response) => {
  const { ConferenceSid, FriendlyName, StatusCallbackEvent, CallSid } = req.body;
  switch (StatusCallbackEvent) {
    case "conference-start":
      // Flex-style conferences are named after the task.
      if (FriendlyName.startsWith("WT")) await tasks.setConference(FriendlyName, ConferenceSid);
      break;
    case "participant-leave": {
      const remaining = await services.conferences.participants(ConferenceSid);
      if (remaining.length === 1 && remaining[0]) {
        logger.info("last participant left alone", { conferenceSid: ConferenceSid, callSid: remaining[0].callSid });
        await services.conferences.end(ConferenceSid);
      }
      break;
    }
    case "conference-end":
      logger.info("conference ended", { conferenceSid: ConferenceSid, endedBy: req.body.CallSidEndingConference });
      break;
    case "participant-mute":
    case "participant-hold": {
      // Conference participants are addressed by their call SID.
      const participantSid = CallSid;
      if (participantSid) await tasks.byCall(participantSid).then((task) => logger.info("agent action", { taskSid: task?.taskSid, event: StatusCallbackEvent }));
      break;
    }
    default:
      logger.debug("conference event", { event: StatusCallbackEvent, callSid: CallSid });
  }
  res.sendStatus(204);
});
