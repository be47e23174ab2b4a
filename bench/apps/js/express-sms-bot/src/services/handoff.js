const client = require("../twilio");
const config = require("../config");

/** Creates an SMS task for a pharmacist with the conversation's first message. */
exports.toPharmacist = async function toPharmacist({ from, messageSid, body }) {
  return client.taskrouter.v1.workspaces(process.env.TWILIO_WORKSPACE_SID).tasks.create({
    workflowSid: config.taskrouter.workflowSid,
    taskChannel: "sms",
    attributes: JSON.stringify({ channel: "sms", from, first_message_sid: messageSid, preview: body.slice(0, 80) }),
  });
};

exports.close = async function close(taskSid) {
  return client.taskrouter.v1
    .workspaces(process.env.TWILIO_WORKSPACE_SID)
    .tasks(taskSid)
    .update({ assignmentStatus: "completed", reason: "pharmacist closed the thread" });
};
