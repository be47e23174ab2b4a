import { Router } from "express";
import { inboundSms } from "./inbound";
import { mms } from "./mms";
import { optOut } from "./opt-out";
import { smsStatus } from "./status";

export const smsRouter = Router();
smsRouter.use(inboundSms, smsStatus, optOut, mms);
