import { db } from "../db/pool";

export interface TaskRecord {
  [column: string]: unknown;
  taskSid: string;
  reservationSid?: string;
  workerSid?: string;
  callSid?: string;
  conferenceSid?: string;
  status: string;
  queueSid?: string;
}

export const tasks = {
  async save(record: TaskRecord): Promise<void> {
    await db.insert("tasks", record);
  },
  async assign(taskSid: string, workerSid: string, reservationSid: string): Promise<void> {
    await db.update<TaskRecord>("tasks", { taskSid }, { workerSid, reservationSid, status: "assigned" });
  },
  async setConference(taskSid: string, conferenceSid: string): Promise<void> {
    await db.update<TaskRecord>("tasks", { taskSid }, { conferenceSid });
  },
  async byCall(callSid: string): Promise<TaskRecord | undefined> {
    const [record] = await db.select<TaskRecord>("tasks", { callSid });
    return record;
  },
  async open(): Promise<TaskRecord[]> {
    return db.select<TaskRecord>("tasks", { status: "assigned" });
  },
};
