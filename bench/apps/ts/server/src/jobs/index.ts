import { logger } from "../../../shared/logger";
import { cleanUpRecordings } from "./recording-cleanup";
import { endStaleConferences } from "./conference-reaper";
import { redactOldMessages } from "./message-redaction";
import { retryFailedOutreach } from "./retry-failed-outreach";
import { sendUsageReport } from "./daily-usage-report";
import { sweepStaleTasks } from "./stale-task-sweeper";

const HOUR = 3_600_000;

function every(ms: number, name: string, job: () => Promise<unknown>): void {
  setInterval(() => {
    job().catch((error: unknown) => logger.error("job failed", { job: name, error: String(error) }));
  }, ms).unref();
}

export function startJobs(): void {
  every(24 * HOUR, "recording-cleanup", () => cleanUpRecordings(90));
  every(HOUR, "conference-reaper", () => endStaleConferences(4));
  every(24 * HOUR, "message-redaction", () => redactOldMessages(30));
  every(HOUR / 4, "retry-failed-outreach", retryFailedOutreach);
  every(24 * HOUR, "usage-report", sendUsageReport);
  every(HOUR / 2, "stale-task-sweeper", () => sweepStaleTasks(2));
}
