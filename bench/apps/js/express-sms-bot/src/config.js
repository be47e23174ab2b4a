require("dotenv").config();
const defaults = require("../config/default.json");

const config = {
  port: Number(process.env.PORT || defaults.port),
  publicUrl: process.env.PUBLIC_URL || defaults.publicUrl,
  accountSid: process.env.TWILIO_ACCOUNT_SID || defaults.twilio.accountSid,
  authToken: process.env.TWILIO_AUTH_TOKEN,
  messagingServiceSid: process.env.TWILIO_MESSAGING_SERVICE_SID || defaults.twilio.messagingServiceSid,
  refillFlowSid: defaults.twilio.refillFlowSid,
  syncServiceSid: process.env.TWILIO_SYNC_SERVICE_SID || defaults.twilio.syncServiceSid,
  taskrouter: {
    workspaceSid: process.env.TWILIO_WORKFLOW_SID, // expect-sid: sid-prefix-matches-name
    workflowSid: process.env.TWILIO_WORKFLOW_SID,
    pharmacistQueueSid: process.env.PHARMACIST_QUEUE_SID,
  },
  stores: defaults.stores,
};

module.exports = config;
