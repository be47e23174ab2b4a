import type { ITask } from "@twilio/flex-ui";

export interface HarborTaskAttributes {
  type: "inbound_call" | "callback" | "voicemail" | "sms" | "chat";
  from: string;
  name?: string;
  call_sid?: string;
  original_call_sid?: string;
  conversationSid?: string;
  recording_sid?: string;
  transcript?: string;
  patient_id?: string;
  conference?: {
    sid: string;
    participants: { customer?: string; worker?: string; external?: string };
  };
  callback_requested_at?: string;
}

export type HarborTask = ITask<HarborTaskAttributes>;
