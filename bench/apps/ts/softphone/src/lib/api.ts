import { config } from "./config";

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${config.apiBaseUrl}${path}`, { credentials: "include", ...init });
  if (!response.ok) throw new Error(`${init?.method ?? "GET"} ${path}: ${response.status}`);
  return (await response.json()) as T;
}

export const api = {
  voiceToken: (identity: string) => request<{ token: string }>(`/voice/token?identity=${encodeURIComponent(identity)}`),
  hangUp: (callSid: string) => request<void>(`/voice/calls/${callSid}/hangup`, { method: "POST" }),
  hold: (conferenceSid: string, callSid: string, hold: boolean) =>
    request<void>(`/conference/${conferenceSid}/participants/${callSid}/hold`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ hold }),
    }),
  setActivity: (workerSid: string, activity: "available" | "offline" | "break") =>
    request<{ activity: string }>(`/taskrouter/workers/${workerSid}/activity`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ activity }),
    }),
  notes: (callSid: string, notes: string) =>
    request<void>(`/sync/calls/${callSid}/notes`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ notes }) }),
};
