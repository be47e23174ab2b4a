import { Router } from "express";
import { callStatus } from "./call-status";
import { dialAction } from "./dial-action";
import { incomingVoice } from "./incoming";
import { ivrMenu } from "./ivr-menu";
import { outbound } from "./outbound";
import { queueRoutes } from "./queue";
import { recordingStatus } from "./recording-status";
import { voicemail } from "./voicemail";
import { whisper } from "./whisper";

export const voiceRouter = Router();
voiceRouter.use(incomingVoice, ivrMenu, voicemail, dialAction, callStatus, recordingStatus, outbound, queueRoutes, whisper);
