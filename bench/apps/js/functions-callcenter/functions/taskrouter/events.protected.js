const { parseAttributes } = require(Runtime.getFunctions()["utils/helpers"].path);

exports.handler = async function (context, event, callback) {
  const client = context.getTwilioClient();
  const workspace = client.taskrouter.workspaces(context.TWILIO_WORKSPACE_SID);
  switch (event.EventType) {
    case "worker.activity.update": {
      const map = client.sync.services(context.TWILIO_SYNC_SERVICE_SID).syncMaps("worker-activities");
      await map.syncMapItems(event.WorkerSid).update({ data: { name: event.WorkerActivityName, available: event.WorkerActivityName === "Available" } }).catch(() =>
        map.syncMapItems.create({ key: event.WorkerSid, data: { name: event.WorkerActivityName } }),
      );
      break;
    }
    case "task.canceled": {
      const attributes = parseAttributes(event.TaskAttributes);
      if (attributes.call_sid) await client.calls(attributes.call_sid).update({ status: "completed" }).catch(() => null);
      break;
    }
    case "reservation.timeout": {
      await workspace.workers(event.WorkerSid).update({ activitySid: context.OFFLINE_ACTIVITY_SID });
      break;
    }
    default:
  }
  callback(null, {});
};
