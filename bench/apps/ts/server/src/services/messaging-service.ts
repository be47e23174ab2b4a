import type { Twilio } from "twilio";
import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message";
import { env } from "../config/env";
import { REMINDERS_CONTENT_SID, SURVEY_CONTENT_SID } from "../config/sids";
import type { MessageSid } from "../../../shared/sid";
import { logger } from "../../../shared/logger";

export interface SendOptions {
  to: string;
  body?: string;
  mediaUrl?: string[];
  sendAt?: Date;
}

export class MessagingService {
  private readonly statusCallback = `${env.publicBaseUrl}/sms/status`;

  constructor(
    private readonly client: Twilio,
    private readonly messagingServiceSid: string = env.messagingServiceSid,
  ) {}

  async send({ to, body, mediaUrl, sendAt }: SendOptions): Promise<MessageInstance> {
    const message = await this.client.messages.create({
      to,
      body,
      mediaUrl,
      messagingServiceSid: this.messagingServiceSid,
      statusCallback: this.statusCallback,
      ...(sendAt ? { sendAt, scheduleType: "fixed" as const } : {}),
    });
    logger.info("message queued", { messageSid: message.sid, to });
    return message;
  }

  async sendAppointmentReminder(to: string, patientName: string, when: string): Promise<MessageInstance> {
    return this.client.messages.create({
      to,
      messagingServiceSid: this.messagingServiceSid,
      contentSid: REMINDERS_CONTENT_SID,
      contentVariables: JSON.stringify({ 1: patientName, 2: when }),
    });
  }

  async sendSurvey(to: string): Promise<MessageInstance> {
    return this.client.messages.create({
      to,
      contentSid: SURVEY_CONTENT_SID,
      messagingServiceSid: process.env.TWILIO_PHONE_NUMBER_SID, // expect-sid: sid-prefix-matches-name
    });
  }

  async status(messageSid: MessageSid): Promise<string> {
    const message = await this.client.messages(messageSid).fetch();
    return message.status;
  }

  async cancelScheduled(messageSid: MessageSid): Promise<void> {
    await this.client.messages(messageSid).update({ status: "canceled" });
  }

  async redact(messageSid: MessageSid): Promise<void> {
    // Posting an empty body removes the text but keeps the record.
    await this.client.messages(messageSid).update({ body: "" });
  }

  async remove(messageSid: MessageSid): Promise<void> {
    await this.client.messages(messageSid).remove();
  }

  async mediaUrls(messageSid: MessageSid): Promise<string[]> {
    const media = await this.client.messages(messageSid).media.list({ limit: 10 });
    return media.map((item) => `https://api.twilio.com${item.uri.replace(/\.json$/, "")}`);
  }

  async deleteMedia(messageSid: MessageSid, mediaSid: string): Promise<void> {
    await this.client.messages(messageSid).media(mediaSid).remove();
  }

  async recentFrom(from: string): Promise<MessageInstance[]> {
    return this.client.messages.list({ from, limit: 50 });
  }

  async senders(): Promise<string[]> {
    const numbers = await this.client.messaging.v1.services(this.messagingServiceSid).phoneNumbers.list();
    return numbers.map((number) => number.phoneNumber);
  }

  async addSender(phoneNumberSid: string): Promise<void> {
    await this.client.messaging.v1.services(this.messagingServiceSid).phoneNumbers.create({ phoneNumberSid });
  }

  async removeSender(phoneNumberSid: string): Promise<void> {
    await this.client.messaging.v1.services(this.messagingServiceSid).phoneNumbers(phoneNumberSid).remove();
  }
}
