import { Router, type Request, type Response } from "express";
import { services } from "../../services";
import { isE164 } from "../../../../shared/phone";

export const verifyStart = Router();

verifyStart.post("/start", async (req: Request, res: Response) => {
  const to: string = req.body.phone;
  if (!isE164(to)) {
    res.status(400).json({ error: "phone must be E.164" });
    return;
  }
  const verificationSid = await services.verify.start(to, req.body.channel === "call" ? "call" : "sms", req.body.locale ?? "en");
  res.status(202).json({ verificationSid });
});
