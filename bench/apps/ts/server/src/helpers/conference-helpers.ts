import type { Twilio } from "twilio";
import { twilioClient } from "../lib/twilio";
import type { CallSid, ConferenceSid } from "../../../shared/sid";

export async function conferenceSidByName(friendlyName: string, client: Twilio = twilioClient): Promise<ConferenceSid | undefined> {
  const conferences = await client.conferences.list({ friendlyName, status: "in-progress", limit: 1 });
  return conferences[0]?.sid as ConferenceSid | undefined;
}

export async function participantCallSids(conferenceSid: ConferenceSid): Promise<CallSid[]> {
  const participants = await twilioClient.conferences(conferenceSid).participants.list();
  return participants.map((participant) => participant.callSid as CallSid);
}

export async function holdParticipant(conferenceSid: ConferenceSid, participantSid: CallSid, hold = true): Promise<void> {
  await twilioClient.conferences(conferenceSid).participants(participantSid).update({ hold });
}

export async function coach(conferenceSid: ConferenceSid, supervisorCallSid: CallSid, agentCallSid: CallSid): Promise<void> {
  await twilioClient.conferences(conferenceSid).participants(supervisorCallSid).update({
    coaching: true,
    callSidToCoach: agentCallSid,
    muted: false,
  });
}

export async function swapLegs(conference: ConferenceSid, agentLeg: CallSid): Promise<void> {
  await twilioClient
    .conferences(agentLeg) // expect-sid: typed sid-matches-resource
    .participants(conference) // expect-sid: typed sid-matches-resource
    .update({ endConferenceOnExit: false });
}

export async function endWhenEmpty(conferenceSid: ConferenceSid): Promise<boolean> {
  const participants = await twilioClient.conferences(conferenceSid).participants.list({ limit: 2 });
  if (participants.length > 1) return false;
  await twilioClient.conferences(conferenceSid).update({ status: "completed" });
  return true;
}
