import { twilioClient } from "../lib/twilio";
import { logger } from "../../../shared/logger";

/** Conferences left running for hours are almost always a stuck agent leg. */
export async function endStaleConferences(hours: number): Promise<void> {
  const dateCreatedBefore = new Date(Date.now() - hours * 3_600_000);
  const conferences = await twilioClient.conferences.list({ status: "in-progress", dateCreatedBefore, limit: 100 });
  for (const conference of conferences) {
    const participants = await twilioClient.conferences(conference.sid).participants.list();
    logger.warn("ending stale conference", {
      conferenceSid: conference.sid,
      friendlyName: conference.friendlyName,
      participants: participants.map((participant) => participant.callSid),
    });
    await twilioClient.conferences(conference.sid).update({ status: "completed" });
  }
}
