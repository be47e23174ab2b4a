const twilio = require("twilio");
const config = require("./config");

let client;

/** Lazily created so tests can run without credentials. */
function getClient() {
  if (!client) client = new twilio.Twilio(config.accountSid, config.authToken);
  return client;
}

module.exports = { getClient };
