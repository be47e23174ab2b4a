const client = require("../twilio");
const config = require("../config");

/** Patients who did not read the "ready for pickup" text get a call at 5pm. */
exports.callUnread = async function callUnread(patients) {
  const placed = [];
  for (const patient of patients) {
    const message = await client.messages(patient.readyMessageSid).fetch();
    if (message.status === "read") continue;
    const call = await client.calls.create({
      to: patient.phone,
      from: config.stores[0].phone,
      url: `${config.publicUrl}/voice`,
      machineDetection: "Enable",
      statusCallback: `${config.publicUrl}/status/calls`,
    });
    placed.push(call.sid);
  }
  return placed;
};

exports.cancelPending = async function cancelPending(callSids) {
  for (const callSid of callSids) {
    const call = await client.calls(callSid).fetch();
    if (call.status === "queued" || call.status === "ringing") await client.calls(callSid).update({ status: "canceled" });
  }
};
