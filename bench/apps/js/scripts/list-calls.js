#!/usr/bin/env node
// node list-calls.js [--today]
const twilio = require("twilio");

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const startTimeAfter = process.argv.includes("--today") ? new Date(new Date().setHours(0, 0, 0, 0)) : undefined;

client.calls
  .list({ startTimeAfter, limit: 50 })
  .then((calls) => {
    for (const call of calls) console.log(`${call.sid}\t${call.from}\t${call.to}\t${call.status}\t${call.duration}s`);
  })
  .catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
