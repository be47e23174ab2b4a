import { Actions, TaskHelper } from "@twilio/flex-ui";
import { callServerless } from "../utils/serverless";
import { conferenceSidOf, customerCallSid } from "../utils/task";
import type { HarborTask } from "../types";

/** Holds the customer through our function so hold music comes from our asset, not Flex's default. */
export function registerHoldActions(): void {
  Actions.replaceAction("HoldCall", async (payload, original) => {
    const task = payload.task as HarborTask;
    const conferenceSid = conferenceSidOf(task);
    const participantCallSid = customerCallSid(task);
    if (!TaskHelper.isCallTask(task) || !conferenceSid || !participantCallSid) return original(payload);
    return callServerless("hold-participant", { conferenceSid, participantCallSid, hold: true });
  });
  Actions.replaceAction("UnholdCall", async (payload, original) => {
    const task = payload.task as HarborTask;
    const conferenceSid = conferenceSidOf(task);
    const participantCallSid = customerCallSid(task);
    if (!conferenceSid || !participantCallSid) return original(payload);
    return callServerless("hold-participant", { conferenceSid, participantCallSid, hold: false });
  });
}
