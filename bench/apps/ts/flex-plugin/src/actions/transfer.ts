import { Actions, Manager, Notifications } from "@twilio/flex-ui";
import { callServerless } from "../utils/serverless";
import type { HarborTask } from "../types";

export function registerTransferActions(): void {
  Actions.registerAction("HarborWarmTransfer", async (payload) => {
    const task = payload.task as HarborTask;
    const to = String(payload.to);
    // The conference is named after the task: the function dials the third party into it by that name.
    await callServerless("add-conference-participant", { taskSid: task.taskSid, to, from: payload.from });
  });

  Actions.addListener("beforeTransferTask", async (payload, abort) => {
    const task = payload.task as HarborTask;
    const worker = Manager.getInstance().workerClient;
    if (task.attributes.type === "voicemail" && payload.targetSid?.startsWith("WK")) {
      Notifications.showNotification("harborVoicemailTransfer", { workerSid: worker?.sid });
      abort();
    }
  });
}
