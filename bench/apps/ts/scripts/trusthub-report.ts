// Regulatory bundles and customer profiles, with what is still missing before review.
import { adminClient } from "./lib/client";

const client = adminClient();
for (const profile of await client.trusthub.v1.customerProfiles.list()) {
  const evaluations = await client.trusthub.v1.customerProfiles(profile.sid).customerProfilesEvaluations.list({ limit: 1 });
  const assignments = await client.trusthub.v1.customerProfiles(profile.sid).customerProfilesEntityAssignments.list();
  console.log(`${profile.friendlyName}: ${profile.status}, ${assignments.length} entities, last evaluation ${evaluations[0]?.status ?? "none"}`);
}
for (const bundle of await client.numbers.v2.regulatoryCompliance.bundles.list({ limit: 50 })) {
  const items = await client.numbers.v2.regulatoryCompliance.bundles(bundle.sid).itemAssignments.list();
  console.log(`bundle ${bundle.sid} ${bundle.status}: ${items.length} items`);
}
