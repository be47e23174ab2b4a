import { useState } from "react";
import { api } from "../lib/api";

export function ActivityPicker({ workerSid }: { workerSid: string }) {
  const [activity, setActivity] = useState("offline");
  const change = async (next: "available" | "offline" | "break") => {
    const result = await api.setActivity(workerSid, next);
    setActivity(result.activity);
  };
  return (
    <select value={activity} onChange={(event: { target: { value: "available" | "offline" | "break" } }) => change(event.target.value)}>
      <option value="available">Available</option>
      <option value="break">Break</option>
      <option value="offline">Offline</option>
    </select>
  );
}
