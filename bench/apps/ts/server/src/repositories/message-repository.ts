import { db } from "../db/pool";

export interface MessageRecord {
  [column: string]: unknown;
  messageSid: string;
  conversationSid?: string;
  direction: "inbound" | "outbound";
  from: string;
  to: string;
  body: string;
  status: string;
  errorCode?: number;
  patientId?: string;
}

export const messages = {
  async save(record: MessageRecord): Promise<void> {
    await db.insert("messages", record);
  },
  async setStatus(messageSid: string, status: string, errorCode?: number): Promise<void> {
    await db.update<MessageRecord>("messages", { messageSid }, { status, errorCode });
  },
  async byPatient(patientId: string): Promise<MessageRecord[]> {
    return db.select<MessageRecord>("messages", { patientId });
  },
  async bySid(messageSid: string): Promise<MessageRecord | undefined> {
    const [record] = await db.select<MessageRecord>("messages", { messageSid });
    return record;
  },
};
