import { Manager } from "@twilio/flex-ui";
import { useEffect, useState } from "react";
import { syncClient } from "../utils/sync-client";

interface Activity {
  name: string;
  available: boolean;
}

/** Activity of any worker, from the Sync map our TaskRouter event handler maintains ("worker-activities"). */
export function useWorkerActivity(workerSid?: string): Activity | undefined {
  const [activity, setActivity] = useState<Activity>();
  useEffect(() => {
    if (!workerSid) return;
    const self = Manager.getInstance().workerClient;
    if (self && self.sid === workerSid) {
      setActivity({ name: self.activity.name, available: self.activity.available });
      return;
    }
    let cancelled = false;
    void syncClient()
      .map("worker-activities")
      .then(async (map) => {
        const { items } = await map.getItems();
        const item = items.find((candidate) => candidate.key === workerSid);
        if (!cancelled && item) setActivity(item.data as unknown as Activity);
        map.on("itemUpdated", ({ item: updated }) => {
          if (!cancelled && updated.key === workerSid) setActivity(updated.data as unknown as Activity);
        });
      });
    return () => {
      cancelled = true;
    };
  }, [workerSid]);
  return activity;
}
