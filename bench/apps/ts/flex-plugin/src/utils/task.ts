import type { ConferenceParticipant } from "@twilio/flex-ui";
import type { HarborTask } from "../types";

export function customerParticipant(task: HarborTask): ConferenceParticipant | undefined {
  return task.conference?.participants.find((participant) => participant.participantType === "customer" && participant.status === "joined");
}

export function workerParticipant(task: HarborTask, workerSid: string): ConferenceParticipant | undefined {
  return task.conference?.participants.find((participant) => participant.participantType === "worker" && participant.workerSid === workerSid);
}

/** The conference SID: Flex's own state first, then what our conference-status function stored on the task. */
export function conferenceSidOf(task: HarborTask): string | undefined {
  return task.conference?.conferenceSid ?? task.attributes.conference?.sid;
}

export function customerCallSid(task: HarborTask): string | undefined {
  return customerParticipant(task)?.callSid ?? task.attributes.conference?.participants.customer ?? task.attributes.call_sid;
}

export function isCallback(task: HarborTask): boolean {
  return task.attributes.type === "callback";
}

export function displayName(task: HarborTask): string {
  return task.attributes.name ?? task.attributes.from;
}
