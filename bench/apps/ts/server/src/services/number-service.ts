import type { Twilio } from "twilio";
import { env } from "../config/env";
import type { PhoneNumberSid } from "../../../shared/sid";

export class NumberService {
  constructor(private readonly client: Twilio) {}

  async search(areaCode: number) {
    return this.client.availablePhoneNumbers("US").local.list({ areaCode, smsEnabled: true, voiceEnabled: true, limit: 10 });
  }

  async buy(phoneNumber: string) {
    return this.client.incomingPhoneNumbers.create({
      phoneNumber,
      voiceApplicationSid: env.twimlAppSid,
      smsUrl: `${env.publicBaseUrl}/sms/inbound`,
      statusCallback: `${env.publicBaseUrl}/voice/call-status`,
    });
  }

  async pointAtApp(phoneNumberSid: PhoneNumberSid, twimlAppSid: string): Promise<void> {
    await this.client.incomingPhoneNumbers(phoneNumberSid).update({ voiceApplicationSid: twimlAppSid, smsApplicationSid: twimlAppSid });
  }

  async pointAtUrls(phoneNumberSid: PhoneNumberSid): Promise<void> {
    await this.client.incomingPhoneNumbers(phoneNumberSid).update({
      voiceUrl: `${env.publicBaseUrl}/voice/incoming`,
      voiceFallbackUrl: `${env.publicBaseUrl}/voice/fallback`,
      smsUrl: `${env.publicBaseUrl}/sms/inbound`,
    });
  }

  async release(phoneNumberSid: PhoneNumberSid): Promise<void> {
    await this.client.incomingPhoneNumbers(phoneNumberSid).remove();
  }

  async findByNumber(phoneNumber: string) {
    const [number] = await this.client.incomingPhoneNumbers.list({ phoneNumber, limit: 1 });
    return number;
  }

  async lineType(phoneNumber: string): Promise<string | undefined> {
    const lookup = await this.client.lookups.v2.phoneNumbers(phoneNumber).fetch({ fields: "line_type_intelligence" });
    return (lookup.lineTypeIntelligence as { type?: string } | null)?.type;
  }

  async callerIds() {
    return this.client.outgoingCallerIds.list({ limit: 50 });
  }

  async twimlApp(applicationSid: string) {
    return this.client.applications(applicationSid).fetch();
  }

  async updateTwimlApp(applicationSid: string, voiceUrl: string) {
    return this.client.applications(applicationSid).update({ voiceUrl, voiceMethod: "POST" });
  }

  async addOnsOf(phoneNumberSid: PhoneNumberSid) {
    return this.client.incomingPhoneNumbers(phoneNumberSid).assignedAddOns.list();
  }
}
