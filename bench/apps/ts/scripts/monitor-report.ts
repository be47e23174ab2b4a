// Daily digest of Debugger alerts and account events for the engineering channel.
import { adminClient } from "./lib/client";

const client = adminClient();
const startDate = new Date(Date.now() - 86_400_000);
const alerts = await client.monitor.v1.alerts.list({ startDate, limit: 500 });
const byCode = new Map<string, number>();
for (const alert of alerts) byCode.set(alert.errorCode, (byCode.get(alert.errorCode) ?? 0) + 1);
for (const [errorCode, count] of [...byCode].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
  const [sample] = alerts.filter((alert) => alert.errorCode === errorCode);
  const detail = sample ? await client.monitor.v1.alerts(sample.sid).fetch() : undefined;
  console.log(`${errorCode} x${count}: ${detail?.alertText?.slice(0, 120) ?? ""}`);
}
for (const event of await client.monitor.v1.events.list({ startDate, limit: 100 })) {
  if (event.eventType.startsWith("api-keys") || event.eventType.startsWith("account")) {
    const detail = await client.monitor.v1.events(event.sid).fetch();
    console.log(`${detail.eventType} by ${detail.actorSid} from ${detail.source}`);
  }
}
