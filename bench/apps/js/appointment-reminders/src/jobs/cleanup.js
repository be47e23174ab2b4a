const { getClient } = require("../lib/twilio-client");
const Appointment = require("../models/appointment");

/** After the appointment, reminder texts are redacted: they name the clinic and time. */
async function redactPastReminders(now = new Date()) {
  const client = getClient();
  for (const appointment of Appointment.all().filter((candidate) => candidate.startsAt < now)) {
    for (const messageSid of appointment.reminderMessageSids) {
      await client.messages(messageSid).update({ body: "" }).catch((error) => console.warn(messageSid, error.code));
    }
    if (appointment.reminderExecutionSid) {
      const steps = await client.studio.v2.flows(require("../lib/config").studioFlowSid).executions(appointment.reminderExecutionSid).steps.list();
      console.log(`${appointment.id}: reminder call took ${steps.length} steps`);
    }
  }
}

module.exports = { redactPastReminders };
