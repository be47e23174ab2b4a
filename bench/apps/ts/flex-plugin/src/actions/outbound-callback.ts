import { Actions, Manager } from "@twilio/flex-ui";
import { FEATURES } from "../config";
import type { HarborTask } from "../types";

/** Accepting a callback task starts an outbound call to the patient from the agent's softphone. */
export function registerCallbackActions(): void {
  Actions.addListener("afterAcceptTask", async (payload) => {
    const task = payload.task as HarborTask;
    if (task.attributes.type !== "callback") return;
    const manager = Manager.getInstance();
    await Actions.invokeAction("StartOutboundCall", {
      destination: task.attributes.from,
      queueSid: FEATURES.callbackQueueSid,
      taskAttributes: { type: "callback_outbound", parent_task_sid: task.taskSid, worker_sid: manager.workerClient?.sid },
    });
    await Actions.invokeAction("CompleteTask", { sid: task.sid });
  });
}
