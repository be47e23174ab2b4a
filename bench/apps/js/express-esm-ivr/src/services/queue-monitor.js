import { client } from "../lib/client.js";
import { settings } from "../lib/settings.js";

/** Logs the interpreter queue every minute; pages the supervisor when someone waits over five minutes. */
export function monitorInterpreterQueue(page) {
  return setInterval(async () => {
    const queue = await client.queues(settings.interpreterQueueSid).fetch();
    const members = await client.queues(settings.interpreterQueueSid).members.list();
    const longest = Math.max(0, ...members.map((member) => member.waitTime));
    console.log(`interpreter queue: ${queue.currentSize} waiting, longest ${longest}s`);
    if (longest > 300) await page(`Interpreter queue wait ${Math.round(longest / 60)} min`);
  }, 60_000);
}
