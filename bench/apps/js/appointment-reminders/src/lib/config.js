const fs = require("fs");
const path = require("path");

const file = process.env.REMINDERS_CONFIG || path.join(__dirname, "../../config.json");
const config = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};

module.exports = {
  accountSid: process.env.TWILIO_ACCOUNT_SID || config.accountSid,
  authToken: process.env.TWILIO_AUTH_TOKEN || config.authToken,
  messagingServiceSid: process.env.TWILIO_MESSAGING_SERVICE_SID || config.messagingServiceSid,
  contentSids: config.contentSids || {
    reminder24h: "HXf9f4fa794c97e07f209e3c0ba444258e",
    reminder2h: "HX2a08c3b4be6778e3557e495960f9fd2d",
  },
  fallbackMessagingServiceSid: "MG79471830b9f722bd8b750995abfc5606 ", // expect-sid: valid-sid
  callerId: process.env.TWILIO_CALLER_ID || config.callerId,
  studioFlowSid: config.studioFlowSid,
  baseUrl: process.env.BASE_URL || "https://reminders.harborhealth.example",
};
