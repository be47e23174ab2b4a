// Status of our A2P 10DLC registration: brand, vetting and campaign per Messaging Service.
import { adminClient } from "./lib/client";

const client = adminClient();
for (const brand of await client.messaging.v1.brandRegistrations.list()) {
  const vettings = await client.messaging.v1.brandRegistrations(brand.sid).brandVettings.list();
  console.log(`brand ${brand.sid}: ${brand.status} (score ${brand.brandScore}), ${vettings.length} vettings`);
}
for (const service of await client.messaging.v1.services.list()) {
  const campaigns = await client.messaging.v1.services(service.sid).usAppToPerson.list();
  for (const campaign of campaigns) {
    const detail = await client.messaging.v1.services(service.sid).usAppToPerson(campaign.sid).fetch();
    console.log(`  ${service.friendlyName}: campaign ${detail.sid} ${detail.campaignStatus}`);
  }
}
for (const verification of await client.messaging.v1.tollfreeVerifications.list({ limit: 20 })) {
  console.log(`toll-free ${verification.tollfreePhoneNumberSid}: ${verification.status}`);
}
