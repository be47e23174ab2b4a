import { Router, type Request, type Response } from "express";
import { enqueueToWorkflow, say } from "../../lib/twiml";
import { routing } from "../../config/taskrouter";
import { TASK_QUEUES } from "../../config/sids";

export const ivrMenu = Router();

const options: Record<string, { department: string; queueSid: string }> = {
  "1": { department: "appointments", queueSid: TASK_QUEUES.general },
  "2": { department: "billing", queueSid: TASK_QUEUES.billing },
  "3": { department: "nurse", queueSid: TASK_QUEUES.nurseLine },
};

ivrMenu.post("/menu", (req: Request, res: Response) => {
  const digit: string = req.body.Digits ?? "";
  const spoken: string = (req.body.SpeechResult ?? "").toLowerCase();
  const choice = options[digit] ?? Object.values(options).find(({ department }) => spoken.includes(department));
  if (!choice) {
    res.type("text/xml").send(say("Sorry, I didn't get that."));
    return;
  }
  const twiml = enqueueToWorkflow(routing.workflowSid, {
    type: "inbound_call",
    department: choice.department,
    requested_queue_sid: choice.queueSid,
    from: req.body.From,
    call_sid: req.body.CallSid,
  });
  res.type("text/xml").send(twiml);
});
