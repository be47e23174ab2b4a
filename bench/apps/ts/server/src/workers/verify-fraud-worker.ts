import { env } from "../config/env";
import { defineWorker } from "./queue";

interface FraudJob {
  phone: string;
  verificationSid?: string;
}

/** Numbers that request many codes in a short time are looked up and, if risky, their pending code is cancelled. */
export const verifyFraudWorker = defineWorker<FraudJob>("verify-fraud", async ({ phone, verificationSid }, { twilio, log }) => {
  const lookup = await twilio.lookups.v2.phoneNumbers(phone).fetch({ fields: "sms_pumping_risk,line_type_intelligence" });
  const risk = (lookup.smsPumpingRisk as { sms_pumping_risk_score?: number } | null)?.sms_pumping_risk_score ?? 0;
  if (risk < 60) return;
  const service = twilio.verify.v2.services(env.verifyServiceSid);
  if (verificationSid) await service.verifications(verificationSid).update({ status: "canceled" });
  const attempts = await twilio.verify.v2.verificationAttempts.list({ "channelData.to": phone, limit: 20 });
  for (const attempt of attempts.slice(0, 3)) {
    const detail = await twilio.verify.v2.verificationAttempts(attempt.sid).fetch();
    log.warn("risky verification attempt", { attemptSid: detail.sid, conversionStatus: detail.conversionStatus });
  }
  log.warn("verification blocked", { phone: phone.slice(-4), risk });
});
