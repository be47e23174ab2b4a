#!/usr/bin/env node
// Closes a clinic's subaccount after releasing its numbers. node subaccount-close.cjs AC... --yes
const twilio = require("twilio");

const master = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const [subaccountSid, confirm] = process.argv.slice(2);

async function main() {
  if (!/^AC[0-9a-f]{32}$/.test(subaccountSid || "")) throw new Error("usage: subaccount-close.cjs AC<32 hex> --yes");
  const account = await master.api.v2010.accounts(subaccountSid).fetch();
  const numbers = await master.api.v2010.accounts(subaccountSid).incomingPhoneNumbers.list();
  console.log(`${account.friendlyName}: ${numbers.length} numbers`);
  if (confirm !== "--yes") return;
  for (const number of numbers) await master.api.v2010.accounts(subaccountSid).incomingPhoneNumbers(number.sid).remove();
  await master.api.v2010.accounts(subaccountSid).update({ status: "closed" });
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
