require("dotenv").config();
const twilio = require("twilio");

const accountSid = process.env.TWILIO_ACCOUNT_SID;
const authToken = process.env.TWILIO_AUTH_TOKEN;

if (!accountSid || !authToken) {
  console.error("Set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (see https://www.twilio.com/console).");
  process.exit(1);
}

module.exports = twilio(accountSid, authToken);
