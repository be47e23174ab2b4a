import { defineWorker } from "./queue";

interface ConferenceCleanupJob {
  conferenceSid: string;
  taskSid?: string;
  keepCallSid?: string;
}

/** After an agent drops, remove everyone but the customer and stop the recording. */
export const conferenceCleanupWorker = defineWorker<ConferenceCleanupJob>("conference-cleanup", async (job, { twilio, log }) => {
  const conference = twilio.conferences(job.conferenceSid);
  const participants = await conference.participants.list();
  for (const participant of participants) {
    if (participant.callSid === job.keepCallSid) continue;
    await conference.participants(participant.callSid).remove();
  }
  const recordings = await conference.recordings.list();
  for (const recording of recordings.filter((candidate) => candidate.status === "in-progress")) {
    await conference.recordings(recording.sid).update({ status: "stopped" });
  }
  if (job.keepCallSid) {
    await twilio.calls(job.keepCallSid).update({ twiml: "<Response><Say>Please hold, we are reconnecting you.</Say><Redirect>/voice/incoming</Redirect></Response>" });
  }
  log.info("conference cleaned up", { conferenceSid: job.conferenceSid, removed: participants.length });
});
