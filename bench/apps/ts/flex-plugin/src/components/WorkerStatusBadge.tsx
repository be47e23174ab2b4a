import { Badge } from "@twilio-paste/core";
import { useWorkerActivity } from "../hooks/useWorkerActivity";

export function WorkerStatusBadge({ workerSid }: { workerSid?: string }) {
  const activity = useWorkerActivity(workerSid);
  if (!activity) return null;
  return <Badge variant={activity.available ? "success" : "warning"}>{activity.name}</Badge>;
}
