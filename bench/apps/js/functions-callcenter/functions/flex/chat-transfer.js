const TokenValidator = require("twilio-flex-token-validator").functionValidator;
const { corsResponse, parseAttributes } = require(Runtime.getFunctions()["utils/helpers"].path);

exports.handler = TokenValidator(async function (context, event, callback) {
  const client = context.getTwilioClient();
  const workspace = client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID);
  const original = await workspace.tasks(event.taskSid).fetch();
  const attributes = parseAttributes(original.attributes);
  const transfer = await workspace.tasks.create({
    workflowSid: context.TWILIO_WORKFLOW_SID,
    taskChannel: original.taskChannelUniqueName,
    attributes: JSON.stringify({ ...attributes, transferTargetSid: event.targetSid, transferredFrom: event.taskSid }),
  });
  await workspace.tasks(event.taskSid).update({ assignmentStatus: "wrapping", reason: "transferred" });
  callback(null, corsResponse({ taskSid: transfer.sid }));
});
