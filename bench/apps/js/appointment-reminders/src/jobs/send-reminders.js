const { getClient } = require("../lib/twilio-client");
const config = require("../lib/config");
const Appointment = require("../models/appointment");

const HOUR = 3600000;

async function sendReminders(now = new Date()) {
  const client = getClient();
  for (const appointment of Appointment.all()) {
    const until = appointment.startsAt - now;
    const window = until > 23 * HOUR && until <= 24 * HOUR ? "reminder24h" : until > HOUR && until <= 2 * HOUR ? "reminder2h" : null;
    if (!window || appointment.status !== "scheduled") continue;
    const message = await client.messages.create({
      to: appointment.phone,
      messagingServiceSid: config.messagingServiceSid,
      contentSid: config.contentSids[window],
      contentVariables: JSON.stringify({ 1: appointment.patientName, 2: appointment.startsAt.toLocaleString("en-US"), 3: appointment.clinic }),
      statusCallback: `${config.baseUrl}/status`,
    });
    appointment.reminderMessageSids.push(message.sid);
    appointment.save();
  }
}

module.exports = { sendReminders };
