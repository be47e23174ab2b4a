import { Router } from "express";
import { callEvents } from "./call-events";
import { messageStatus } from "./message-status";

export const statusRouter = Router();
statusRouter.use(messageStatus, callEvents);
