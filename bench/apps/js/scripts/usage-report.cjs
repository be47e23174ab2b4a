#!/usr/bin/env node
// Monthly usage per subaccount, for the finance team's chargeback sheet.
const twilio = require("twilio");

const master = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

async function main() {
  const accounts = await master.api.v2010.accounts.list({ status: "active" });
  for (const account of accounts) {
    const records = await master.api.v2010.accounts(account.sid).usage.records.lastMonth.list({ category: "totalprice" });
    const total = records.reduce((sum, record) => sum + Number(record.price || 0), 0);
    console.log(`${account.friendlyName}\t${account.sid}\t$${total.toFixed(2)}`);
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
