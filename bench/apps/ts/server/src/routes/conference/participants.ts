import { Router, type Request, type Response } from "express";
import { services } from "../../services";
import { assertSid } from "../../../../shared/sid";

export const conferenceParticipants = Router();

conferenceParticipants.post("/:conferenceSid/participants/:callSid/hold", async (req: Request<{ conferenceSid: string; callSid: string }>, res: Response) => {
  const { conferenceSid, callSid } = req.params;
  assertSid(conferenceSid, "CF");
  assertSid(callSid, "CA");
  await services.conferences.hold(conferenceSid, callSid, req.body.hold !== false);
  res.sendStatus(204);
});

conferenceParticipants.delete("/:conferenceSid/participants/:callSid", async (req: Request<{ conferenceSid: string; callSid: string }>, res: Response) => {
  const { conferenceSid, callSid } = req.params;
  assertSid(conferenceSid, "CF");
  assertSid(callSid, "CA");
  await services.conferences.kick(conferenceSid, callSid);
  res.sendStatus(204);
});

conferenceParticipants.post("/tasks/:taskSid/add-participant", async (req: Request<{ taskSid: string }>, res: Response) => {
  const { taskSid } = req.params;
  assertSid(taskSid, "WT");
  const participant = await services.conferences.dialIntoTaskConference(taskSid, { to: req.body.to, label: "external" });
  res.status(201).json({ callSid: participant.callSid, label: participant.label });
});
