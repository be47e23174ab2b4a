import { Router, type Request, type Response } from "express";
import { services } from "../../services";
import { MAIN_NUMBER_SID, NURSE_LINE_NUMBER_SID } from "../../config/sids";
import { env } from "../../config/env";

export const adminNumbers = Router();

adminNumbers.get("/numbers/search", async (req: Request, res: Response) => {
  const numbers = await services.numbers.search(Number(req.query.areaCode ?? 415));
  res.json(numbers.map((number) => number.phoneNumber));
});

adminNumbers.post("/numbers", async (req: Request, res: Response) => {
  const number = await services.numbers.buy(req.body.phoneNumber);
  await services.messaging.addSender(number.sid);
  res.status(201).json({ phoneNumberSid: number.sid });
});

adminNumbers.post("/numbers/reset", async (_req: Request, res: Response) => {
  await services.numbers.pointAtApp(MAIN_NUMBER_SID, env.twimlAppSid);
  await services.numbers.pointAtUrls(NURSE_LINE_NUMBER_SID);
  res.sendStatus(204);
});

adminNumbers.delete("/numbers/:phoneNumberSid", async (req: Request<{ phoneNumberSid: string }>, res: Response) => {
  const phoneNumberSid = req.params.phoneNumberSid as `PN${string}`;
  await services.messaging.removeSender(phoneNumberSid);
  await services.numbers.release(phoneNumberSid);
  res.sendStatus(204);
});
