import { Router } from "express";
import { conversationsPreEvent } from "./pre-event";
import { conversationsWebhook } from "./webhook";

export const conversationsRouter = Router();
conversationsRouter.use(conversationsWebhook, conversationsPreEvent);
