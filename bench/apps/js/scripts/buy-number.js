#!/usr/bin/env node
// Buys a local number and puts it in the patient Messaging Service and on the voice TwiML App.
const client = require("./lib/client");

const MESSAGING_SERVICE_SID = "MG39a221a2724dfc61ef8b4d7afa3a7689";
const TWIML_APP_SID = "AP9df801f3b3cba168af16e04b455d4c8a";
const ADDRESS_SID = "AD1b6bb1e5b5c717c421d09a912fbd240b";
const EMERGENCY_ADDRESS_SID = "ADb4d9ddd4faO63600e585e6043bc8570b"; // expect-sid: valid-sid
const BUNDLE_SID = "BUef415879389a8fc08556cbf2121fbf13";

async function buy(areaCode) {
  const [candidate] = await client.availablePhoneNumbers("US").local.list({ areaCode, smsEnabled: true, voiceEnabled: true, limit: 1 });
  if (!candidate) throw new Error(`no numbers in ${areaCode}`);
  const number = await client.incomingPhoneNumbers.create({
    phoneNumber: candidate.phoneNumber,
    voiceApplicationSid: TWIML_APP_SID,
    addressSid: ADDRESS_SID,
    emergencyAddressSid: EMERGENCY_ADDRESS_SID,
    bundleSid: BUNDLE_SID,
  });
  await client.messaging.v1.services(MESSAGING_SERVICE_SID).phoneNumbers.create({ phoneNumberSid: number.sid });
  return number;
}

buy(Number(process.argv[2] || 415)).then((number) => console.log(number.sid, number.phoneNumber));
