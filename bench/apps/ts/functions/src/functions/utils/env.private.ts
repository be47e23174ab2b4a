// The environment variables the Functions service is deployed with (.env / Console).
export type HarborEnv = {
  ACCOUNT_SID: string;
  AUTH_TOKEN: string;
  WORKSPACE_SID: string;
  WORKFLOW_SID: string;
  CALLBACK_WORKFLOW_SID: string;
  SYNC_SERVICE_SID: string;
  MESSAGING_SERVICE_SID: string;
  VERIFY_SERVICE_SID: string;
  CONVERSATIONS_SERVICE_SID: string;
  STUDIO_SURVEY_FLOW_SID: string;
  TWILIO_API_KEY: string;
  TWILIO_API_SECRET: string;
  TWIML_APP_SID: string;
  NURSE_LINE_NUMBER: string;
  WRAP_UP_ACTIVITY_SID?: string;
  BREAK_ACTIVITY_SID?: string;
};
