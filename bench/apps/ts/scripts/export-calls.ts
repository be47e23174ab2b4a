// Monthly export of calls with their recordings for the compliance archive.
import { writeFile } from "node:fs/promises";
import { adminClient } from "./lib/client";
import { args, csv } from "./lib/cli";

const { values } = args({ month: { type: "string" }, out: { type: "string", default: "calls.csv" } });
const [year, month] = (values.month ?? new Date().toISOString().slice(0, 7)).split("-").map(Number);
const startTimeAfter = new Date(Date.UTC(year!, month! - 1, 1));
const startTimeBefore = new Date(Date.UTC(year!, month!, 1));
const client = adminClient();

const rows: Record<string, unknown>[] = [];
await client.calls.each({ startTimeAfter, startTimeBefore, pageSize: 1000 }, async (call) => {
  const recordings = call.status === "completed" ? await client.calls(call.sid).recordings.list() : [];
  rows.push({
    callSid: call.sid,
    parentCallSid: call.parentCallSid,
    from: call.from,
    to: call.to,
    direction: call.direction,
    status: call.status,
    duration: call.duration,
    price: call.price,
    recordingSids: recordings.map((recording) => recording.sid).join(" "),
  });
});
await writeFile(values.out ?? "calls.csv", csv(rows));
console.log(`${rows.length} calls written`);
