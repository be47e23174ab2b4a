import { Actions } from "@twilio/flex-ui";
import { callServerless } from "../utils/serverless";
import type { HarborTask } from "../types";

export function registerWrapUpActions(): void {
  Actions.addListener("afterCompleteTask", async (payload) => {
    const task = payload.task as HarborTask;
    if (task.attributes.type === "inbound_call" && task.attributes.call_sid) {
      await callServerless("send-survey", { taskSid: task.taskSid, callSid: task.attributes.call_sid, to: task.attributes.from });
    }
  });

  Actions.addListener("beforeWrapupTask", async (payload) => {
    const task = payload.task as HarborTask;
    await task.setAttributes({ ...task.attributes, wrapup_started_at: new Date().toISOString() } as HarborTask["attributes"]);
  });
}
