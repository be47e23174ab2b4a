import type { Twilio } from "twilio";
import { env } from "../config/env";

/** Masked numbers between home-care nurses and patients, through Proxy. */
export class ProxyService {
  constructor(
    private readonly client: Twilio,
    private readonly serviceSid: string = env.proxyServiceSid ?? "",
  ) {}

  async openSession(visitId: string, nurse: string, patient: string) {
    const session = await this.client.proxy.v1.services(this.serviceSid).sessions.create({
      uniqueName: `visit-${visitId}`,
      ttl: 86_400,
      mode: "voice-and-message",
    });
    const participants = this.client.proxy.v1.services(this.serviceSid).sessions(session.sid).participants;
    await participants.create({ identifier: nurse, friendlyName: "Nurse" });
    await participants.create({ identifier: patient, friendlyName: "Patient" });
    return session.sid;
  }

  async closeSession(sessionSid: string): Promise<void> {
    await this.client.proxy.v1.services(this.serviceSid).sessions(sessionSid).update({ status: "closed" });
  }

  async interactions(sessionSid: string) {
    return this.client.proxy.v1.services(this.serviceSid).sessions(sessionSid).interactions.list({ limit: 50 });
  }

  async messageParticipant(sessionSid: string, participantSid: string, body: string) {
    return this.client.proxy.v1
      .services(this.serviceSid)
      .sessions(sessionSid)
      .participants(participantSid)
      .messageInteractions.create({ body });
  }
}
