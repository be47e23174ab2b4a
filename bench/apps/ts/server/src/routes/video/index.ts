import { Router } from "express";
import { rooms } from "./rooms";
import { videoStatus } from "./status";

export const videoRouter = Router();
videoRouter.use(rooms, videoStatus);
