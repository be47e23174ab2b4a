const TokenValidator = require("twilio-flex-token-validator").functionValidator;
const { corsResponse } = require(Runtime.getFunctions()["utils/helpers"].path);

exports.handler = TokenValidator(async function (context, event, callback) {
  const client = context.getTwilioClient();
  const status = event.action === "pause" ? "paused" : "in-progress";
  const recording = await client.calls(event.callSid).recordings("Twilio.CURRENT").update({ status });
  callback(null, corsResponse({ recordingSid: recording.sid, status: recording.status }));
});
