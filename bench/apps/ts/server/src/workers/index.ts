import { callbackDialerWorker } from "./callback-dialer-worker";
import { conferenceCleanupWorker } from "./conference-cleanup-worker";
import { conversationExportWorker } from "./conversation-export-worker";
import { outreachWorker } from "./outreach-worker";
import { recordingArchiveWorker } from "./recording-archive-worker";
import { taskEscalationWorker } from "./task-escalation-worker";
import { verifyFraudWorker } from "./verify-fraud-worker";

export const workers = [
  callbackDialerWorker,
  conferenceCleanupWorker,
  conversationExportWorker,
  outreachWorker,
  recordingArchiveWorker,
  taskEscalationWorker,
  verifyFraudWorker,
];
