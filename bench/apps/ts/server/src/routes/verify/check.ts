import { Router, type Request, type Response } from "express";
import { services } from "../../services";
import { patients } from "../../repositories/patient-repository";

export const verifyCheck = Router();

verifyCheck.post("/check", async (req: Request, res: Response) => {
  const approved = await services.verify.check(req.body.phone, String(req.body.code));
  if (approved) {
    const patient = await patients.byPhone(req.body.phone);
    if (patient) await patients.markVerified(patient.id);
  }
  res.json({ approved });
});
