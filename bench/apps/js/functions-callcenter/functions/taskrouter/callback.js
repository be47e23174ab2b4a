exports.handler = async function (context, event, callback) {
  const client = context.getTwilioClient();
  const twiml = new Twilio.twiml.VoiceResponse();
  const task = await client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).tasks.create({
    workflowSid: context.TWILIO_CALLBACK_WORKFLOW_SID,
    taskChannel: "voice",
    attributes: JSON.stringify({ type: "callback", from: event.From, original_call_sid: event.CallSid }),
  });
  // Leave the queue: the caller's waiting call task is cancelled once the callback exists.
  if (event.TaskSid) {
    await client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).tasks(event.TaskSid).update({ assignmentStatus: "canceled", reason: `callback ${task.sid}` });
  }
  twiml.say("We will call you back. Goodbye.");
  twiml.hangup();
  callback(null, twiml);
};
