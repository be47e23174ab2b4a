const TokenValidator = require("twilio-flex-token-validator").functionValidator;
const { corsResponse } = require(Runtime.getFunctions()["utils/helpers"].path);

exports.handler = TokenValidator(async function (context, event, callback) {
  const client = context.getTwilioClient();
  const workerSid = event.TokenResult.worker_sid;
  const worker = await client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).workers(workerSid).update({ activitySid: event.activitySid });
  callback(null, corsResponse({ activity: worker.activityName }));
});
