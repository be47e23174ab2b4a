const { prepareFlexFunction } = require(Runtime.getFunctions()["common/response"].path);
const { twilioExecute } = require(Runtime.getFunctions()["common/twilio-wrapper"].path);

const requiredParameters = [
  { key: "taskSid", purpose: "task to requeue" },
  { key: "attempts", purpose: "attempts so far" },
];

exports.handler = prepareFlexFunction(requiredParameters, async (context, event, callback, response, handleError) => {
  try {
    const original = await twilioExecute(context, (client) => client.taskrouter.workspaces(context.TWILIO_WORKSPACE_SID).tasks(event.taskSid).fetch());
    if (!original.success) throw original;
    const attributes = JSON.parse(original.data.attributes);
    attributes.attempts = Number(event.attempts) + 1;
    const task = await twilioExecute(context, (client) =>
      client.taskrouter.workspaces(context.TWILIO_WORKSPACE_SID).tasks.create({
        workflowSid: context.TWILIO_CALLBACK_WORKFLOW_SID,
        taskChannel: "voice",
        attributes: JSON.stringify(attributes),
        priority: 50,
      }),
    );
    await twilioExecute(context, (client) =>
      client.taskrouter.workspaces(context.TWILIO_WORKSPACE_SID).tasks(event.taskSid).update({ assignmentStatus: "completed", reason: "requeued" }),
    );
    response.setBody({ success: true, taskSid: task.data && task.data.sid });
    callback(null, response);
  } catch (error) {
    handleError(error);
  }
});
