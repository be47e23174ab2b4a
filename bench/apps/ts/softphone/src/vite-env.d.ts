interface ImportMetaEnv {
  readonly VITE_API_BASE_URL: string;
  readonly VITE_TWILIO_TWIML_APP_SID: string;
  readonly VITE_TWILIO_ACCOUNT_SID: string;
  readonly VITE_TWILIO_WORKSPACE_SID: string;
  readonly VITE_TWILIO_SYNC_SERVICE_SID?: string;
  readonly VITE_AGENT_IDENTITY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
