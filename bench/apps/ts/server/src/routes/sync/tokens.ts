import { Router, type Request, type Response } from "express";
import { conversationsToken, syncToken } from "../../lib/access-token";
import { services } from "../../services";

export const syncRouter = Router();

syncRouter.get("/token", (req: Request, res: Response) => {
  const identity = String(req.query.identity ?? "wallboard");
  res.json({ token: syncToken({ identity }), conversationsToken: conversationsToken({ identity }) });
});

syncRouter.get("/active-calls", async (_req: Request, res: Response) => {
  res.json(await services.sync.activeCalls());
});

syncRouter.post("/calls/:callSid/notes", async (req: Request<{ callSid: string }>, res: Response) => {
  const callSid = req.params.callSid as `CA${string}`;
  const state = await services.sync.callState(callSid);
  if (!state) {
    res.sendStatus(404);
    return;
  }
  await services.sync.putCallState(callSid, { ...state, notes: String(req.body.notes ?? "") });
  res.sendStatus(204);
});
