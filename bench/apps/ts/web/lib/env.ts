// Server-side configuration of the patient portal. NEXT_PUBLIC_ values are also inlined into the browser bundle.
export const serverEnv = {
  accountSid: process.env.TWILIO_ACCOUNT_SID!,
  authToken: process.env.TWILIO_AUTH_TOKEN!,
  apiKeySid: process.env.TWILIO_API_KEY_SID!,
  apiKeySecret: process.env.TWILIO_API_KEY_SECRET!,
  messagingServiceSid: process.env.TWILIO_MESSAGING_SERVICE_SID!,
  conversationsServiceSid: process.env.TWILIO_CONVERSATIONS_SERVICE_SID!,
  syncServiceSid: process.env.NEXT_PUBLIC_TWILIO_SYNC_SERVICE_SID ?? "default",
  reminderFlowSid: process.env.TWILIO_REMINDER_FLOW_SID!,
  workspaceSid: process.env.TWILIO_WORKSPACE_SID!,
  callbackWorkflowSid: process.env.TWILIO_CALLBACK_WORKFLOW_SID!,
  callerId: process.env.TWILIO_CALLER_ID ?? "+15005550006",
  baseUrl: process.env.NEXT_PUBLIC_BASE_URL ?? "http://localhost:3000",
};

export const publicEnv = {
  baseUrl: process.env.NEXT_PUBLIC_BASE_URL ?? "http://localhost:3000",
  supportNumber: process.env.NEXT_PUBLIC_SUPPORT_NUMBER ?? "+15005550006",
  syncServiceSid: process.env.NEXT_PUBLIC_TWILIO_SYNC_SERVICE_SID,
};
