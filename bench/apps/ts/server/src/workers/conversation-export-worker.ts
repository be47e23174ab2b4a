import { writeFile } from "node:fs/promises";
import { defineWorker } from "./queue";

interface ExportJob {
  conversationSid: string;
  patientId: string;
}

/** Writes a closed conversation into the patient's chart as a transcript. */
export const conversationExportWorker = defineWorker<ExportJob>("conversation-export", async (job, { twilio, log }) => {
  const conversation = twilio.conversations.v1.conversations(job.conversationSid);
  const [details, messages, participants] = await Promise.all([
    conversation.fetch(),
    conversation.messages.list({ order: "asc", limit: 1000 }),
    conversation.participants.list(),
  ]);
  const transcript = messages.map((message) => `[${message.dateCreated.toISOString()}] ${message.author}: ${message.body ?? "(attachment)"}`);
  await writeFile(`/var/charts/${job.patientId}/${details.sid}.txt`, transcript.join("\n"));
  for (const message of messages.filter((candidate) => candidate.media)) {
    const receipts = await conversation.messages(message.sid).deliveryReceipts.list();
    log.info("media message receipts", { messageSid: message.sid, receipts: receipts.length });
  }
  for (const participant of participants) await conversation.participants(participant.sid).remove();
  await conversation.update({ state: "closed" });
});
