import { Router } from "express";
import { verifyCheck } from "./check";
import { verifyStart } from "./start";

export const verifyRouter = Router();
verifyRouter.use(verifyStart, verifyCheck);
