const TokenValidator = require("twilio-flex-token-validator").functionValidator;
const { corsResponse } = require(Runtime.getFunctions()["utils/helpers"].path);

exports.handler = TokenValidator(async function (context, event, callback) {
  const client = context.getTwilioClient();
  const { conferenceSid, callSid } = event;
  await client.conferences(conferenceSid).participants(callSid).remove();
  callback(null, corsResponse({ removed: callSid }));
});
