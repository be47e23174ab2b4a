import type { Twilio } from "twilio";
import type { ParticipantInstance } from "twilio/lib/rest/api/v2010/account/conference/participant";
import { env } from "../config/env";
import type { CallSid, ConferenceSid, TaskSid } from "../../../shared/sid";

export interface AddParticipantOptions {
  to: string;
  from?: string;
  label?: string;
  coach?: CallSid;
  earlyMedia?: boolean;
}

export class ConferenceService {
  constructor(private readonly client: Twilio) {}

  /**
   * Flex names each conference after its task, so a participant can be dialled in before the conference
   * exists or before we know its CF SID.
   */
  async dialIntoTaskConference(taskSid: TaskSid, options: AddParticipantOptions): Promise<ParticipantInstance> {
    return this.client.conferences(taskSid).participants.create({
      to: options.to,
      from: options.from ?? env.callerId,
      label: options.label,
      earlyMedia: options.earlyMedia ?? true,
      endConferenceOnExit: false,
      beep: "onEnter",
      statusCallback: `${env.publicBaseUrl}/conference/participant-status`,
      statusCallbackEvent: ["ringing", "answered", "completed"],
      ...(options.coach ? { coaching: true, callSidToCoach: options.coach } : {}),
    });
  }

  async findInProgress(friendlyName: string): Promise<ConferenceSid | undefined> {
    const [conference] = await this.client.conferences.list({ friendlyName, status: "in-progress", limit: 1 });
    return conference?.sid as ConferenceSid | undefined;
  }

  async hold(conferenceSid: ConferenceSid, callSid: CallSid, hold: boolean): Promise<void> {
    await this.client.conferences(conferenceSid).participants(callSid).update({
      hold,
      holdUrl: hold ? `${env.publicBaseUrl}/voice/hold-music` : undefined,
    });
  }

  async mute(conferenceSid: ConferenceSid, callSid: CallSid, muted: boolean): Promise<void> {
    await this.client
      .conferences(callSid) // expect-sid: sid-matches-resource
      .participants(conferenceSid) // expect-sid: typed sid-matches-resource
      .update({ muted });
  }

  async kick(conferenceSid: ConferenceSid, callSid: CallSid): Promise<void> {
    await this.client.conferences(conferenceSid).participants(callSid).remove();
  }

  async kickByLabel(conferenceSid: ConferenceSid, label: string): Promise<void> {
    // Participants added with a label can be addressed by it.
    await this.client.conferences(conferenceSid).participants(label).remove();
  }

  async participants(conferenceSid: ConferenceSid): Promise<ParticipantInstance[]> {
    return this.client.conferences(conferenceSid).participants.list();
  }

  async announce(conferenceSid: ConferenceSid, text: string): Promise<void> {
    await this.client.conferences(conferenceSid).update({
      announceUrl: `${env.publicBaseUrl}/voice/announce?text=${encodeURIComponent(text)}`,
    });
  }

  async end(conferenceSid: ConferenceSid): Promise<void> {
    await this.client.conferences(conferenceSid).update({ status: "completed" });
  }

  async pauseRecording(conferenceSid: ConferenceSid): Promise<void> {
    const recordings = await this.client.conferences(conferenceSid).recordings.list({ limit: 20 });
    for (const recording of recordings.filter(({ status }) => status === "in-progress")) {
      await this.client.conferences(conferenceSid).recordings(recording.sid).update({ status: "paused" });
    }
  }

  async resumeRecording(conferenceSid: ConferenceSid): Promise<void> {
    await this.client.conferences(conferenceSid).recordings("Twilio.CURRENT").update({ status: "in-progress" });
  }

  async warmTransfer(conferenceSid: ConferenceSid, agentCallSid: CallSid, to: string): Promise<ParticipantInstance> {
    await this.client.conferences(conferenceSid).participants(agentCallSid).update({ endConferenceOnExit: false });
    return this.client.conferences(conferenceSid).participants.create({ to, from: env.callerId, earlyMedia: true });
  }
}
