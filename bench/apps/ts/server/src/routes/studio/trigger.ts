import { Router, type Request, type Response } from "express";
import { services } from "../../services";
import type { ExecutionSid } from "../../../../shared/sid";

export const studioRouter = Router();

// Triggers the appointment-confirmation flow (Studio REST API trigger).
studioRouter.post("/confirmations", async (req: Request, res: Response) => {
  const executionSid = await services.studio.trigger(req.body.phone, {
    patient_name: req.body.name,
    appointment_time: req.body.appointmentTime,
    clinic: req.body.clinic,
  });
  res.status(201).json({ executionSid });
});

studioRouter.get("/confirmations/:executionSid", async (req: Request<{ executionSid: string }>, res: Response) => {
  const executionSid = req.params.executionSid as ExecutionSid;
  const [context, steps] = await Promise.all([services.studio.context(executionSid), services.studio.steps(executionSid)]);
  res.json({ context, steps });
});

studioRouter.delete("/confirmations/:executionSid", async (req: Request<{ executionSid: string }>, res: Response) => {
  await services.studio.end(req.params.executionSid as ExecutionSid);
  res.sendStatus(204);
});
