const twilio = require("twilio");
const config = require("./config");

const client = twilio(config.accountSid, config.authToken);

module.exports = client;
module.exports.twilio = twilio;
