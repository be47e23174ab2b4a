import { Router, type Request, type Response } from "express";
import { services } from "../../services";
import { assertSid } from "../../../../shared/sid";

export const adminSubaccounts = Router();

adminSubaccounts.post("/clinics", async (req: Request, res: Response) => {
  const account = await services.accounts.createClinicAccount(req.body.name);
  res.status(201).json({ accountSid: account.sid });
});

adminSubaccounts.post("/clinics/:accountSid/suspend", async (req: Request<{ accountSid: string }>, res: Response) => {
  const { accountSid } = req.params;
  assertSid(accountSid, "AC");
  await services.accounts.suspend(accountSid);
  res.sendStatus(204);
});

adminSubaccounts.get("/clinics/:accountSid/calls", async (req: Request<{ accountSid: string }>, res: Response) => {
  const { accountSid } = req.params;
  assertSid(accountSid, "AC");
  const calls = await services.accounts.callsIn(accountSid, new Date(Date.now() - 7 * 86_400_000));
  res.json({ count: calls.length });
});
