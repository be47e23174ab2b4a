// Exports message metadata (never bodies) for the messaging-cost dashboard.
import { writeFile } from "node:fs/promises";
import { adminClient } from "./lib/client";
import { args, csv } from "./lib/cli";

const { values } = args({ days: { type: "string", default: "7" }, out: { type: "string", default: "messages.csv" } });
const client = adminClient();
const dateSentAfter = new Date(Date.now() - Number(values.days) * 86_400_000);

const messages = await client.messages.list({ dateSentAfter, limit: 50_000 });
const rows = await Promise.all(
  messages.map(async (message) => ({
    messageSid: message.sid,
    messagingServiceSid: message.messagingServiceSid,
    direction: message.direction,
    status: message.status,
    segments: message.numSegments,
    media: message.numMedia !== "0" ? (await client.messages(message.sid).media.list()).length : 0,
    price: message.price,
    errorCode: message.errorCode,
  })),
);
await writeFile(values.out ?? "messages.csv", csv(rows));
