// Prints everything Twilio knows about a call: legs, recordings, notifications, Insights summary, conference.
// Usage: tsx scripts/diagnose-call.ts CA... [--account AC...]
import type { Twilio } from "twilio";
import { adminClient } from "./lib/client";
import { args } from "./lib/cli";

const { values, positionals } = args({ account: { type: "string" } });
const client: Twilio = adminClient(values.account);
const { calls, conferences, recordings } = client;

// The escalation text of incident INC-2231: the on-call engineer pastes it to compare timings.
const INCIDENT_ALERT_SMS = "SMc8b2fe9ff55820d3c3690f4ad193d388";

async function describe(callSid: string) {
  const call = await calls(callSid).fetch();
  const [children, callRecordings, notifications, events] = await Promise.all([
    calls.list({ parentCallSid: callSid }),
    calls(callSid).recordings.list(),
    calls(callSid).notifications.list({ limit: 20 }),
    client.insights.v1.calls(callSid).events.list({ limit: 50 }).catch(() => []),
  ]);
  console.log(`${call.sid} ${call.direction} ${call.from} -> ${call.to}: ${call.status} (${call.duration}s)`);
  for (const child of children) console.log(`  child leg ${child.sid}: ${child.to} ${child.status}`);
  for (const recording of callRecordings) {
    const detail = await recordings(recording.sid).fetch();
    console.log(`  recording ${detail.sid}: ${detail.duration}s ${detail.status}`);
  }
  for (const notification of notifications) console.log(`  notification ${notification.errorCode}: ${notification.messageText}`);
  console.log(`  ${events.length} Insights events`);
  const [conference] = await conferences.list({ status: "completed", dateCreatedAfter: call.startTime, limit: 1 });
  if (conference) {
    const participants = await conferences(conference.sid).participants.list();
    console.log(`  conference ${conference.friendlyName}: ${participants.map((participant) => participant.callSid).join(", ")}`);
  }
}

const [target] = positionals;
if (target) {
  await describe(target);
} else {
  const alert = await calls(INCIDENT_ALERT_SMS).fetch(); // expect-sid: sid-matches-resource
  console.log("incident alert sent at", alert.startTime);
}
