const { prepareFlexFunction } = require(Runtime.getFunctions()["common/response"].path);
const { twilioExecute } = require(Runtime.getFunctions()["common/twilio-wrapper"].path);

const requiredParameters = [{ key: "recordingSid", purpose: "voicemail recording" }];

exports.handler = prepareFlexFunction(requiredParameters, async (context, event, callback, response, handleError) => {
  try {
    const transcriptions = await twilioExecute(context, (client) => client.recordings(event.recordingSid).transcriptions.list());
    for (const transcription of transcriptions.data || []) {
      await twilioExecute(context, (client) => client.transcriptions(transcription.sid).remove());
    }
    const result = await twilioExecute(context, (client) => client.recordings(event.recordingSid).remove());
    response.setBody({ success: result.success });
    callback(null, response);
  } catch (error) {
    handleError(error);
  }
});
