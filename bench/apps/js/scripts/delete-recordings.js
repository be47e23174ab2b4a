#!/usr/bin/env node
const client = require("./lib/client");

const days = Number(process.argv[2] || 30);
const dateCreatedBefore = new Date(Date.now() - days * 86400000);

(async () => {
  let count = 0;
  await client.recordings.each({ dateCreatedBefore }, async (recording) => {
    await client.recordings(recording.sid).remove();
    count++;
  });
  console.log(`deleted ${count} recordings older than ${days} days`);
})();
