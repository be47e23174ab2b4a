exports.handler = async function (context, event, callback) {
  const client = context.getTwilioClient();
  const twiml = new Twilio.twiml.MessagingResponse();
  const existing = await client.taskrouter.v1
    .workspaces(context.TWILIO_WORKSPACE_SID)
    .tasks.list({ evaluateTaskAttributes: `from == '${event.From}' AND channel == 'sms'`, assignmentStatus: "pending,reserved,assigned" });
  if (existing.length === 0) {
    await client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).tasks.create({
      workflowSid: context.TWILIO_WORKFLOW_SID,
      taskChannel: "sms",
      attributes: JSON.stringify({ channel: "sms", from: event.From, first_message_sid: event.MessageSid, body: event.Body }),
    });
    twiml.message("Thanks, an agent will reply here shortly.");
  }
  callback(null, twiml);
};
