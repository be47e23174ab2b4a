const { twilioExecute } = require(Runtime.getFunctions()["common/twilio-wrapper"].path);

// Transcription callback of the voicemail <Record>: adds the text to the voicemail task once it is ready.
exports.handler = async function (context, event, callback) {
  const { TranscriptionSid: transcriptionSid, TranscriptionText: text, CallSid: callSid } = event;
  const tasks = await twilioExecute(context, (client) =>
    client.taskrouter.workspaces(context.TWILIO_WORKSPACE_SID).tasks.list({ evaluateTaskAttributes: `callBackData.originalCallSid == "${callSid}"`, limit: 1 }),
  );
  const [task] = tasks.data || [];
  if (task) {
    const attributes = JSON.parse(task.attributes);
    attributes.callBackData.transcriptText = text;
    attributes.callBackData.transcriptionSid = transcriptionSid;
    await twilioExecute(context, (client) =>
      client.taskrouter.workspaces(context.TWILIO_WORKSPACE_SID).tasks(task.sid).update({ attributes: JSON.stringify(attributes) }),
    );
  }
  callback(null, {});
};
