// Keeps the SIP trunk to the clinic PBX in the shape the network team documented.
import { adminClient } from "./lib/client";
import { requireEnv } from "./lib/cli";

const client = adminClient();
const trunkSid = requireEnv("TWILIO_TRUNK_SID");
const trunk = client.trunking.v1.trunks(trunkSid);

const PBX_URLS = ["sip:pbx-a.clinics.harborhealth.example", "sip:pbx-b.clinics.harborhealth.example"];

const origination = await trunk.originationUrls.list();
for (const [index, sipUrl] of PBX_URLS.entries()) {
  const existing = origination.find((url) => url.sipUrl === sipUrl);
  if (existing) await trunk.originationUrls(existing.sid).update({ priority: 10 + index, weight: 50, enabled: true });
  else await trunk.originationUrls.create({ sipUrl, priority: 10 + index, weight: 50, enabled: true, friendlyName: `pbx-${index}` });
}

const ipLists = await trunk.ipAccessControlLists.list();
const credentialLists = await trunk.credentialsLists.list();
const numbers = await trunk.phoneNumbers.list();
for (const number of await client.incomingPhoneNumbers.list({ friendlyName: "clinic-did" })) {
  if (!numbers.some((attached) => attached.sid === number.sid)) await trunk.phoneNumbers.create({ phoneNumberSid: number.sid });
}
console.log({ ipLists: ipLists.length, credentialLists: credentialLists.length, numbers: numbers.length });
