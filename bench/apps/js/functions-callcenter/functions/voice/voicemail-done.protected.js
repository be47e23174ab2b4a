exports.handler = async function (context, event, callback) {
  const client = context.getTwilioClient();
  const call = await client.calls(event.CallSid).fetch();
  await client.taskrouter.v1
    .workspaces(context.TWILIO_WORKSPACE_SID)
    .tasks.create({
      workflowSid: context.TWILIO_CALLBACK_WORKFLOW_SID,
      taskChannel: "voice",
      attributes: JSON.stringify({ type: "voicemail", from: call.from, recording_sid: event.RecordingSid, recording_url: event.RecordingUrl }),
    });
  callback(null, {});
};
