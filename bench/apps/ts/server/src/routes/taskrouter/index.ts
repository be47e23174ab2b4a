import { Router } from "express";
import { assignment } from "./assignment";
import { callbackBridge } from "./callback-bridge";
import { taskRouterEvents } from "./events";
import { workerActivity } from "./worker-activity";

export const taskRouterRouter = Router();
taskRouterRouter.use(assignment, taskRouterEvents, callbackBridge, workerActivity);
