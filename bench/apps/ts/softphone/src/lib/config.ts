export const config = {
  apiBaseUrl: import.meta.env.VITE_API_BASE_URL,
  twimlAppSid: import.meta.env.VITE_TWILIO_TWIML_APP_SID,
  accountSid: import.meta.env.VITE_TWILIO_ACCOUNT_SID,
  workspaceSid: import.meta.env.VITE_TWILIO_WORKSPACE_SID,
  syncServiceSid: import.meta.env.VITE_TWILIO_SYNC_SERVICE_SID ?? "default",
  identity: import.meta.env.VITE_AGENT_IDENTITY ?? "agent",
};

// Agents log in to TaskRouter as themselves: the worker is looked up by identity on the server.
export const workerSid = import.meta.env.VITE_TWILIO_WORKSPACE_SID; // expect-sid: sid-prefix-matches-name
