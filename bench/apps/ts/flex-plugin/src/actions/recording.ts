import { Actions } from "@twilio/flex-ui";
import { callServerless } from "../utils/serverless";
import { customerCallSid } from "../utils/task";
import type { HarborTask } from "../types";

/** PCI: agents pause the recording while a patient reads out card details. */
export function registerRecordingActions(): void {
  Actions.registerAction("HarborPauseRecording", async (payload) => {
    const task = payload.task as HarborTask;
    await callServerless("recording", { callSid: customerCallSid(task), taskSid: task.taskSid, action: "pause" });
  });
  Actions.registerAction("HarborResumeRecording", async (payload) => {
    const task = payload.task as HarborTask;
    await callServerless("recording", { callSid: customerCallSid(task), taskSid: task.taskSid, action: "resume" });
  });
}
