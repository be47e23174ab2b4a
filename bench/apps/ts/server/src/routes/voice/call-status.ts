import { Router, type Request, type Response } from "express";
import type { CallStatusBody } from "../../../../shared/webhooks";
import { services } from "../../services";
import { callLogs } from "../../repositories/call-log-repository";

export const callStatus = Router();

callStatus.post("/call-status", async (req: Request<{}, unknown, CallStatusBody>, res: Response) => {
  const { CallSid, CallStatus, CallDuration, ParentCallSid } = req.body;
  await callLogs.upsert({ callSid: CallSid, parentCallSid: ParentCallSid, status: CallStatus, duration: Number(CallDuration ?? 0) });
  if (CallStatus === "completed" || CallStatus === "failed" || CallStatus === "no-answer") {
    await services.sync.clearCallState(CallSid).catch(() => undefined);
    await services.sync.markInactive(CallSid).catch(() => undefined);
  }
  res.sendStatus(204);
});
