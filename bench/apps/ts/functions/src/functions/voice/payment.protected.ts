import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type PaymentEvent = { CallSid: string; PaymentSid?: string; step: "start" | "capture-card" | "capture-date" | "complete" | "cancel"; amount?: string };

// Agent-assisted payments (<Pay> over the REST API): the agent never hears the card number.
export const handler: ServerlessFunctionSignature<HarborEnv, PaymentEvent> = async (context, event, callback) => {
  const payments = context.getTwilioClient().calls(event.CallSid).payments;
  const idempotencyKey = `${event.CallSid}-${event.step}-${Date.now()}`;
  const statusCallback = `https://${context.DOMAIN_NAME}/voice/payment-status`;
  if (event.step === "start") {
    const payment = await payments.create({ idempotencyKey, statusCallback, chargeAmount: Number(event.amount ?? 0), currency: "usd", paymentConnector: "stripe_harbor" });
    return callback(null, { paymentSid: payment.sid });
  }
  if (!event.PaymentSid) return callback(null, { error: "PaymentSid required" });
  if (event.step === "capture-card" || event.step === "capture-date") {
    await payments(event.PaymentSid).update({ idempotencyKey, statusCallback, capture: event.step === "capture-card" ? "payment-card-number" : "expiration-date" });
  } else {
    await payments(event.PaymentSid).update({ idempotencyKey, statusCallback, status: event.step === "complete" ? "complete" : "cancel" });
  }
  return callback(null, { ok: true });
};
