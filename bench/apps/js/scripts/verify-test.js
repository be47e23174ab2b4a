#!/usr/bin/env node
// Manual test of the Verify service: node verify-test.js +15005550006 [code]
const client = require("./lib/client");

const serviceSid = process.env.TWILIO_VERIFY_SERVICE_SID;
const [to, code] = process.argv.slice(2);

(async () => {
  if (!code) {
    const verification = await client.verify.v2.services(serviceSid).verifications.create({ to, channel: "sms" });
    console.log(`sent: ${verification.status} (${verification.sid})`);
  } else {
    const check = await client.verify.v2.services(serviceSid).verificationChecks.create({ to, code });
    console.log(`check: ${check.status}`);
  }
})();
