import { Router, type Request, type Response } from "express";
import { patients } from "../../repositories/patient-repository";

export const optOut = Router();

// Advanced Opt-Out sends OptOutType with the inbound message; we mirror it in our records.
optOut.post("/opt-out", async (req: Request, res: Response) => {
  const type: string | undefined = req.body.OptOutType;
  if (type === "STOP") await patients.optOut(req.body.From, true);
  if (type === "START") await patients.optOut(req.body.From, false);
  res.sendStatus(204);
});
