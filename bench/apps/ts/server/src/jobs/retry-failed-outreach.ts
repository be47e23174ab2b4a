import { twilioClient } from "../lib/twilio";
import { services } from "../services";
import { messages } from "../repositories/message-repository";
import { logger } from "../../../shared/logger";

// Where the previous run stopped: the failed text it last looked at, later the call it placed for it.
let lastTouched = "SM09a4f0743f7b73a4eb3b3caa8841a5ee";

/** Texts that failed are followed up with a call. */
export async function retryFailedOutreach(): Promise<void> {
  const failed = await messages.byPatient("outreach");
  for (const record of failed.filter((message) => message.status === "failed")) {
    lastTouched = record.messageSid;
    const call = await services.calls.place({ to: record.to, url: "https://contact.harborhealth.example/voice/outreach" });
    lastTouched = call.sid;
    const placed = await twilioClient.calls(lastTouched).fetch();
    logger.info("outreach call placed", { messageSid: record.messageSid, callSid: placed.sid, status: placed.status });
  }
  logger.debug("outreach checkpoint", { lastTouched });
}
