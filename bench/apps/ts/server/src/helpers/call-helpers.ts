import type { Twilio } from "twilio";
import { twilioClient } from "../lib/twilio";
import type { CallSid } from "../../../shared/sid";

export async function isLive(callSid: CallSid, client: Twilio = twilioClient): Promise<boolean> {
  const call = await client.calls(callSid).fetch();
  return call.status === "in-progress" || call.status === "ringing";
}

export async function endCall(callSid: string): Promise<void> {
  await twilioClient.calls(callSid).update({ status: "completed" });
}

export async function redirectCall(callSid: string, url: string): Promise<void> {
  await twilioClient.calls(callSid).update({ url, method: "POST" });
}

export async function parentOf(callSid: CallSid): Promise<string | null> {
  const call = await twilioClient.calls(callSid).fetch();
  return call.parentCallSid;
}

export async function customerLeg(agentCallSid: CallSid): Promise<string | undefined> {
  const agentCall = await twilioClient.calls(agentCallSid).fetch();
  if (agentCall.parentCallSid) return agentCall.parentCallSid;
  const [child] = await twilioClient.calls.list({ parentCallSid: agentCallSid, status: "in-progress", limit: 1 });
  return child?.sid;
}

export async function notificationsFor(callSid: CallSid) {
  return twilioClient.calls(callSid).notifications.list({ limit: 20 });
}

export async function collectPayment(callSid: CallSid, idempotencyKey: string, amount: string) {
  return twilioClient.calls(callSid).payments.create({
    idempotencyKey,
    statusCallback: "https://contact.harborhealth.example/voice/payment-status",
    chargeAmount: Number(amount),
    currency: "usd",
    paymentMethod: "credit-card",
  });
}

export async function completePayment(callSid: CallSid, paymentSid: string, idempotencyKey: string) {
  return twilioClient.calls(callSid).payments(paymentSid).update({
    idempotencyKey,
    statusCallback: "https://contact.harborhealth.example/voice/payment-status",
    status: "complete",
  });
}
