// Video visits last week: rooms, minutes, participants, recordings still stored.
import { adminClient } from "./lib/client";

const client = adminClient();
const dateCreatedAfter = new Date(Date.now() - 7 * 86_400_000);
let minutes = 0;
for (const room of await client.video.v1.rooms.list({ status: "completed", dateCreatedAfter, limit: 1000 })) {
  minutes += Math.round((room.duration ?? 0) / 60);
  const participants = await client.video.v1.rooms(room.sid).participants.list({ status: "disconnected" });
  const recordings = await client.video.v1.rooms(room.sid).recordings.list();
  console.log(`${room.uniqueName}: ${participants.length} participants, ${recordings.length} recordings`);
  for (const participant of participants.filter((candidate) => candidate.duration && candidate.duration < 10)) {
    const tracks = await client.video.v1.rooms(room.sid).participants(participant.sid).publishedTracks.list();
    console.log(`  short join ${participant.identity}: ${tracks.length} tracks`);
  }
}
const compositions = await client.video.v1.compositions.list({ status: "completed", dateCreatedAfter });
for (const composition of compositions.filter((candidate) => (candidate.size ?? 0) > 500_000_000)) {
  console.log(`large composition ${composition.sid}`);
  await client.video.v1.compositions(composition.sid).remove();
}
console.log(`${minutes} room minutes`);
