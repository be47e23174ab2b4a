import type { Twilio } from "twilio";
import { env } from "../config/env";
import { isRestError, TWILIO_ERRORS } from "../../../shared/errors";

export type VerifyChannel = "sms" | "call" | "email" | "whatsapp";

export class VerifyService {
  private readonly service;

  constructor(client: Twilio, verifyServiceSid: string = env.verifyServiceSid) {
    this.service = client.verify.v2.services(verifyServiceSid);
  }

  async start(to: string, channel: VerifyChannel = "sms", locale = "en"): Promise<string> {
    const verification = await this.service.verifications.create({ to, channel, locale });
    return verification.sid;
  }

  async check(to: string, code: string): Promise<boolean> {
    try {
      const check = await this.service.verificationChecks.create({ to, code });
      return check.status === "approved";
    } catch (error) {
      if (isRestError(error) && error.code === TWILIO_ERRORS.maxVerificationAttempts) return false;
      throw error;
    }
  }

  async cancel(verificationSid: string): Promise<void> {
    await this.service.verifications(verificationSid).update({ status: "canceled" });
  }

  async approveByPhone(to: string): Promise<void> {
    // A pending verification can also be addressed by the number it was sent to.
    await this.service.verifications(to).update({ status: "approved" });
  }

  async rateLimits() {
    return this.service.rateLimits.list();
  }
}
