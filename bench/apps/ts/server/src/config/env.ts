import "dotenv/config";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

export const env = {
  port: Number(process.env.PORT ?? 3000),
  publicBaseUrl: process.env.PUBLIC_BASE_URL ?? "https://contact.harborhealth.example",
  twilioAccountSid: required("TWILIO_ACCOUNT_SID"),
  twilioAuthToken: required("TWILIO_AUTH_TOKEN"),
  twilioApiKey: process.env.TWILIO_API_KEY ?? "",
  twilioApiSecret: process.env.TWILIO_API_SECRET ?? "",
  twimlAppSid: process.env.TWILIO_TWIML_APP_SID ?? "",
  messagingServiceSid: required("TWILIO_MESSAGING_SERVICE_SID"),
  callerId: process.env.TWILIO_CALLER_ID ?? "+15005550006",
  workspaceSid: required("TWILIO_WORKSPACE_SID"),
  workflowSid: required("TWILIO_WORKFLOW_SID"),
  syncServiceSid: process.env.TWILIO_SYNC_SERVICE_SID ?? "default",
  conversationsServiceSid: process.env.TWILIO_CONVERSATIONS_SERVICE_SID,
  verifyServiceSid: required("TWILIO_VERIFY_SERVICE_SID"),
  studioFlowSid: process.env.TWILIO_STUDIO_FLOW_SID,
  proxyServiceSid: process.env.TWILIO_PROXY_SERVICE_SID,
  supportQueueSid: process.env.TWILIO_SUPPORT_QUEUE_SID,
  intelligenceServiceSid: process.env.TWILIO_INTELLIGENCE_SERVICE_SID,
  validateWebhooks: process.env.NODE_ENV === "production",
} as const;

export type Env = typeof env;
