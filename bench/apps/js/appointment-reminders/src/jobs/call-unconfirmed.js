const { getClient } = require("../lib/twilio-client");
const config = require("../lib/config");
const Appointment = require("../models/appointment");

/** Two hours out and still unconfirmed: call through the Studio flow that reads the appointment out. */
async function callUnconfirmed(now = new Date()) {
  const client = getClient();
  for (const appointment of Appointment.all()) {
    if (appointment.status !== "scheduled" || appointment.reminderExecutionSid) continue;
    if (appointment.startsAt - now > 2 * 3600000) continue;
    const lastReminder = appointment.reminderMessageSids[appointment.reminderMessageSids.length - 1];
    if (lastReminder) {
      const message = await client.messages(lastReminder).fetch();
      if (message.status === "read") continue;
    }
    const execution = await client.studio.v2.flows(config.studioFlowSid).executions.create({
      to: appointment.phone,
      from: config.callerId,
      parameters: { appointmentId: appointment.id, name: appointment.patientName },
    });
    appointment.reminderExecutionSid = execution.sid;
    appointment.save();
  }
}

module.exports = { callUnconfirmed };
