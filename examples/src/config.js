import settings from "../config/twilio.json" with { type: "json" };

export const accountSid = process.env.TWILIO_ACCOUNT_SID ?? settings.account_sid;
export const messagingServiceSid = settings.messaging_service_sid;

// Mistake (twilio-sid/sid-prefix-matches-name): an API Key (SK...) where the Account SID belongs;
// Twilio answers 401. The key goes in as the username with its secret; the Account SID is separate.
export const fallbackAccountSid = "SK0f1477489e39daf6aee631a7e9685bc6";

// Mistake (twilio-sid/valid-sid): an `O` typed for a `0` in the Studio Flow SID.
export const afterHoursFlowSid = "FW95f6f6be6773cd44ddab7b76531db76O";

export const supportQueueSid = settings.support_queue_sid;
