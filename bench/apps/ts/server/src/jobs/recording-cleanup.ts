import { services } from "../services";
import { twilioClient } from "../lib/twilio";
import { logger } from "../../../shared/logger";

/** HIPAA retention: call recordings are kept 90 days, then deleted at Twilio (our archive keeps an encrypted copy). */
export async function cleanUpRecordings(days: number): Promise<number> {
  const recordings = await services.recordings.olderThan(days);
  let deleted = 0;
  for (const recording of recordings) {
    const transcriptions = await twilioClient.recordings(recording.sid).transcriptions.list();
    for (const transcription of transcriptions) {
      await twilioClient.recordings(recording.sid).transcriptions(transcription.sid).remove();
    }
    await twilioClient.recordings(recording.sid).remove();
    deleted++;
  }
  logger.info("recordings deleted", { deleted, days });
  return deleted;
}
