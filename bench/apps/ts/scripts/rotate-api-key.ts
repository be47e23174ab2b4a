// Creates a new API key, prints it once, and revokes keys older than 90 days.
import { adminClient } from "./lib/client";

const client = adminClient();
const created = await client.newKeys.create({ friendlyName: `harbor-${new Date().toISOString().slice(0, 10)}` });
console.log(`TWILIO_API_KEY=${created.sid}`);
console.log(`TWILIO_API_SECRET=${created.secret}`);

const cutoff = Date.now() - 90 * 86_400_000;
for (const key of await client.keys.list()) {
  if (key.sid !== created.sid && key.dateCreated.getTime() < cutoff && key.friendlyName.startsWith("harbor-")) {
    await client.keys(key.sid).remove();
    console.log(`revoked ${key.sid} (${key.friendlyName})`);
  }
}
