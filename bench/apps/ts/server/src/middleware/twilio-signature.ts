import twilio from "twilio";
import type { NextFunction, Request, Response } from "express";
import { env } from "../config/env";

/** Rejects requests that do not carry a valid X-Twilio-Signature for our public URL. */
export function validateTwilioSignature(req: Request, res: Response, next: NextFunction): void {
  if (!env.validateWebhooks) {
    next();
    return;
  }
  const signature = req.header("X-Twilio-Signature") ?? "";
  const url = `${env.publicBaseUrl}${req.originalUrl}`;
  const valid = twilio.validateRequest(env.twilioAuthToken, signature, url, req.body ?? {});
  if (!valid) {
    res.status(403).send("Invalid Twilio signature");
    return;
  }
  next();
}
