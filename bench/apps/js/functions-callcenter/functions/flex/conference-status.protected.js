const { parseAttributes, retry } = require(Runtime.getFunctions()["utils/helpers"].path);

exports.handler = async function (context, event, callback) {
  if (event.StatusCallbackEvent !== "conference-start") return callback(null, {});
  const client = context.getTwilioClient();
  const taskSid = event.FriendlyName;
  const task = client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).tasks(taskSid);
  const current = await retry(() => task.fetch());
  const attributes = parseAttributes(current.attributes);
  attributes.conference = { sid: event.ConferenceSid, participants: { customer: attributes.call_sid } };
  await retry(() => task.update({ attributes: JSON.stringify(attributes) }));
  return callback(null, {});
};
