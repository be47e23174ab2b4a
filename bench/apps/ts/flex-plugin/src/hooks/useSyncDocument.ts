import { useEffect, useState } from "react";
import { syncClient } from "../utils/sync-client";

/** Subscribes to a Sync document by unique name; the wallboard names call documents after the call SID. */
export function useSyncDocument<T extends Record<string, unknown>>(uniqueName?: string): T | undefined {
  const [data, setData] = useState<T>();
  useEffect(() => {
    if (!uniqueName) return;
    let close: (() => void) | undefined;
    void syncClient()
      .document(uniqueName)
      .then((document) => {
        setData(document.data as T);
        document.on("updated", ({ data: next }) => setData(next as T));
        close = () => document.close();
      });
    return () => close?.();
  }, [uniqueName]);
  return data;
}
