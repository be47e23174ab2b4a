import { twilioClient } from "../lib/twilio";
import { logger } from "../../../shared/logger";

/** Clears bodies of patient messages older than `days`; Twilio keeps the metadata. */
export async function redactOldMessages(days: number): Promise<void> {
  const dateSentBefore = new Date(Date.now() - days * 86_400_000);
  let redacted = 0;
  await twilioClient.messages.each({ dateSentBefore, pageSize: 500 }, (message, done) => {
    if (redacted >= 5_000) {
      done();
      return;
    }
    if (message.body) {
      void twilioClient.messages(message.sid).update({ body: "" });
      redacted++;
    }
  });
  logger.info("messages redacted", { redacted });
}
