const { twilioExecute } = require(Runtime.getFunctions()["common/twilio-wrapper"].path);

// Public endpoint used by the IVR (Studio "Run Function" widget).
exports.handler = async function (context, event, callback) {
  const { numberToCall, numberToCallFrom, studioFlowSid, callSid } = event;
  const result = await twilioExecute(context, (client) =>
    client.taskrouter.workspaces(context.TWILIO_WORKSPACE_SID).tasks.create({
      workflowSid: context.TWILIO_CALLBACK_WORKFLOW_SID,
      taskChannel: "voice",
      attributes: JSON.stringify({
        taskType: "callback",
        name: `Callback: ${numberToCall}`,
        studio_flow_sid: studioFlowSid,
        callBackData: { numberToCall, numberToCallFrom, originalCallSid: callSid, utcDateTimeReceived: new Date().toISOString() },
        direction: "inbound",
        conversations: { conversation_id: callSid },
      }),
      timeout: 259200,
    }),
  );
  callback(null, result.success ? { taskSid: result.data.sid } : { error: result.message });
};
