#!/usr/bin/env node
// node send-bulk.mjs recipients.csv "Flu shots are available this week at all clinics."
import { readFile } from "node:fs/promises";
import twilio from "twilio";

const client = twilio(process.env.TWILIO_API_KEY, process.env.TWILIO_API_SECRET, { accountSid: process.env.TWILIO_ACCOUNT_SID });
const [file, body] = process.argv.slice(2);
const recipients = (await readFile(file, "utf8")).split("\n").map((line) => line.split(",")[0]?.trim()).filter(Boolean);

const messagingServiceSid = process.env.TWILIO_MESSAGING_SERVICE_SID;
let sent = 0;
for (const to of recipients) {
  try {
    const message = await client.messages.create({ to, body, messagingServiceSid });
    sent++;
    if (sent % 100 === 0) console.log(`${sent} sent, last ${message.sid}`);
  } catch (error) {
    console.error(`${to}: ${error.code} ${error.message}`);
  }
}
console.log(`done: ${sent}/${recipients.length}`);
