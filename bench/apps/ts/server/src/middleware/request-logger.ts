import type { NextFunction, Request, Response } from "express";
import { logger } from "../../../shared/logger";

export function requestLogger(req: Request, res: Response, next: NextFunction): void {
  const started = Date.now();
  res.on("finish", () => {
    logger.info("request", {
      method: req.method,
      path: req.path,
      status: res.statusCode,
      ms: Date.now() - started,
      // Twilio identifies every webhook by these; log them so support can correlate.
      callSid: req.body?.CallSid,
      messageSid: req.body?.MessageSid,
      taskSid: req.body?.TaskSid,
    });
  });
  next();
}
