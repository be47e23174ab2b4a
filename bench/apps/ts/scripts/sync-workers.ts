// Creates or updates TaskRouter workers from the staffing roster (roster.json exported from the HR system).
import { readFile } from "node:fs/promises";
import { adminClient } from "./lib/client";
import { requireEnv } from "./lib/cli";

interface RosterEntry {
  email: string;
  name: string;
  skills: string[];
  languages: string[];
  active: boolean;
}

const client = adminClient();
const workspace = client.taskrouter.v1.workspaces(requireEnv("TWILIO_WORKSPACE_SID"));
const roster = JSON.parse(await readFile(process.argv[2] ?? "roster.json", "utf8")) as RosterEntry[];
const workers = await workspace.workers.list();
const offline = (await workspace.activities.list({ friendlyName: "Offline" }))[0]?.sid;

for (const entry of roster) {
  const attributes = JSON.stringify({ email: entry.email, full_name: entry.name, routing: { skills: entry.skills, levels: {} }, languages: entry.languages, contact_uri: `client:${entry.email}` });
  const existing = workers.find((worker) => worker.friendlyName === entry.email);
  if (!existing && entry.active) {
    await workspace.workers.create({ friendlyName: entry.email, attributes, activitySid: offline });
  } else if (existing && entry.active) {
    await workspace.workers(existing.sid).update({ attributes });
  } else if (existing) {
    await workspace.workers(existing.sid).update({ activitySid: offline, rejectPendingReservations: true });
    await workspace.workers(existing.sid).remove();
  }
}
