#!/usr/bin/env node
// Emergency: ends every in-progress call on the account (used during the 2023 robocall flood).
const client = require("twilio")(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

async function main() {
  const calls = await client.calls.list({ status: "in-progress" });
  const ringing = await client.calls.list({ status: "ringing" });
  for (const call of [...calls, ...ringing]) {
    await client.calls(call.sid).update({ status: call.status === "ringing" ? "canceled" : "completed" });
    console.log("ended", call.sid);
  }
}

main();
