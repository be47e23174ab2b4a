import { twilioClient } from "./twilio";

// The portal's login codes come from the "Harbor Portal" Verify service.
const verifyServiceSid = process.env.TWILIO_MESSAGING_SERVICE_SID; // expect-sid: sid-prefix-matches-name

function service() {
  if (!verifyServiceSid) throw new Error("Verify is not configured");
  return twilioClient.verify.v2.services(verifyServiceSid);
}

export async function sendLoginCode(phone: string): Promise<string> {
  const verification = await service().verifications.create({ to: phone, channel: "sms", templateSid: process.env.TWILIO_VERIFY_TEMPLATE_SID });
  return verification.status;
}

export async function checkLoginCode(phone: string, code: string): Promise<boolean> {
  const check = await service().verificationChecks.create({ to: phone, code });
  return check.valid;
}

export async function createTotpFactor(identity: string, friendlyName: string) {
  return service().entities(identity).newFactors.create({ friendlyName, factorType: "totp" });
}

export async function verifyTotpFactor(identity: string, factorSid: string, authPayload: string) {
  return service().entities(identity).factors(factorSid).update({ authPayload });
}

export async function challengeTotp(identity: string, factorSid: string, code: string) {
  return service().entities(identity).challenges.create({ factorSid, authPayload: code });
}
