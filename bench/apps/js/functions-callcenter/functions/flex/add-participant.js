const TokenValidator = require("twilio-flex-token-validator").functionValidator;
const { corsResponse } = require(Runtime.getFunctions()["utils/helpers"].path);

// Flex conferences are named after the task: adding a participant by that name works before we know the CF SID.
exports.handler = TokenValidator(async function (context, event, callback) {
  const client = context.getTwilioClient();
  try {
    const participant = await client.conferences(event.taskSid).participants.create({
      to: event.to,
      from: event.from,
      earlyMedia: true,
      endConferenceOnExit: false,
    });
    callback(null, corsResponse({ callSid: participant.callSid }));
  } catch (error) {
    callback(null, corsResponse({ error: error.message }, error.status || 500));
  }
});
