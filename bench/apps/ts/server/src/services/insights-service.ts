import type { Twilio } from "twilio";
import type { CallSid, ConferenceSid } from "../../../shared/sid";

export class InsightsService {
  constructor(private readonly client: Twilio) {}

  async callSummary(callSid: CallSid) {
    const summary = await this.client.insights.v1.calls(callSid).summary().fetch({ processingState: "complete" });
    return { duration: summary.duration, quality: summary.callState, tags: summary.tags };
  }

  async callEvents(callSid: CallSid) {
    return this.client.insights.v1.calls(callSid).events.list({ edge: "carrier_edge", limit: 100 });
  }

  async callMetrics(callSid: CallSid) {
    return this.client.insights.v1.calls(callSid).metrics.list({ limit: 100 });
  }

  async conference(conferenceSid: ConferenceSid) {
    return this.client.insights.v1.conferences(conferenceSid).fetch();
  }

  async conferenceParticipants(conferenceSid: ConferenceSid) {
    return this.client.insights.v1.conferences(conferenceSid).conferenceParticipants.list({ limit: 20 });
  }

  async conferenceParticipant(conferenceSid: ConferenceSid, participantSid: string) {
    return this.client.insights.v1.conferences(conferenceSid).conferenceParticipants(participantSid).fetch();
  }

  async annotate(callSid: CallSid, answeredBy: "human" | "machine", comment: string): Promise<void> {
    await this.client.insights.v1.calls(callSid).annotation().update({ answeredBy, comment });
  }

  async roomParticipants(roomSid: string) {
    return this.client.insights.v1.rooms(roomSid).participants.list();
  }
}
