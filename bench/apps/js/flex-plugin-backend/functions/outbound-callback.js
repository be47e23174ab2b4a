const { prepareFlexFunction } = require(Runtime.getFunctions()["common/response"].path);
const { twilioExecute } = require(Runtime.getFunctions()["common/twilio-wrapper"].path);

const requiredParameters = [
  { key: "taskSid", purpose: "callback task" },
  { key: "to", purpose: "number to call" },
  { key: "from", purpose: "caller id" },
];

// Dials the customer into the conference named after the callback task; the agent is already in it.
exports.handler = prepareFlexFunction(requiredParameters, async (context, event, callback, response, handleError) => {
  try {
    const participant = await twilioExecute(context, (client) =>
      client.conferences(event.taskSid).participants.create({ to: event.to, from: event.from, earlyMedia: true, endConferenceOnExit: true }),
    );
    if (!participant.success) throw participant;
    response.setBody({ success: true, callSid: participant.data.callSid });
    callback(null, response);
  } catch (error) {
    handleError(error);
  }
});
