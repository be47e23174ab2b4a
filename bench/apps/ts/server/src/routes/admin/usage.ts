import { Router, type Request, type Response } from "express";
import { twilioClient } from "../../lib/twilio";

export const adminUsage = Router();

adminUsage.get("/usage", async (_req: Request, res: Response) => {
  const [records, balance] = await Promise.all([
    twilioClient.usage.records.thisMonth.list({ limit: 50 }),
    twilioClient.balance.fetch(),
  ]);
  res.json({
    balance: balance.balance,
    categories: records.filter((record) => Number(record.price) > 0).map((record) => ({ category: record.category, price: record.price })),
  });
});

adminUsage.get("/usage/triggers", async (_req: Request, res: Response) => {
  const triggers = await twilioClient.usage.triggers.list();
  res.json(triggers.map((trigger) => ({ sid: trigger.sid, value: trigger.triggerValue, usageCategory: trigger.usageCategory })));
});

adminUsage.delete("/usage/triggers/:triggerSid", async (req: Request<{ triggerSid: string }>, res: Response) => {
  await twilioClient.usage.triggers(req.params.triggerSid).remove();
  res.sendStatus(204);
});
