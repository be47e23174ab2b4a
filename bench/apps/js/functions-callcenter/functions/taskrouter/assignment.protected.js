exports.handler = function (context, event, callback) {
  const task = JSON.parse(event.TaskAttributes);
  const worker = JSON.parse(event.WorkerAttributes);
  if (task.channel === "sms") return callback(null, { instruction: "accept" });
  return callback(null, {
    instruction: "conference",
    to: worker.contact_uri,
    from: task.from,
    post_work_activity_sid: context.WRAPUP_ACTIVITY_SID,
    conference_status_callback: `https://${context.DOMAIN_NAME}/flex/conference-status`,
  });
};
