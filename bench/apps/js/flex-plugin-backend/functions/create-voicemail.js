const { twilioExecute } = require(Runtime.getFunctions()["common/twilio-wrapper"].path);

exports.handler = async function (context, event, callback) {
  const { CallSid: callSid, RecordingSid: recordingSid, RecordingUrl: recordingUrl, TranscriptionText: transcript, From: from } = event;
  const call = await twilioExecute(context, (client) => client.calls(callSid).fetch());
  const result = await twilioExecute(context, (client) =>
    client.taskrouter.workspaces(context.TWILIO_WORKSPACE_SID).tasks.create({
      workflowSid: context.TWILIO_CALLBACK_WORKFLOW_SID,
      taskChannel: "voice",
      attributes: JSON.stringify({
        taskType: "voicemail",
        name: `Voicemail: ${from}`,
        callBackData: { numberToCall: from, recordingSid, recordingUrl, transcriptText: transcript, callDuration: call.success ? call.data.duration : null },
      }),
    }),
  );
  callback(null, result.success ? { taskSid: result.data.sid } : { error: result.message });
};
