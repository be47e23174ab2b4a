import { Router } from "express";
import { conferenceParticipants } from "./participants";
import { conferenceRecording } from "./recording";
import { conferenceStatus } from "./status";
import { transfer } from "./transfer";

export const conferenceRouter = Router();
conferenceRouter.use(conferenceStatus, conferenceParticipants, conferenceRecording, transfer);
