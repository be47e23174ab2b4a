import { db } from "../db/pool";

export interface CallLog {
  [column: string]: unknown;
  callSid: string;
  parentCallSid?: string;
  status: string;
  duration?: number;
  reason?: string;
  recordingSid?: string;
  transcriptionSid?: string;
  voicemailText?: string;
  missedBecause?: string;
}

export const callLogs = {
  async upsert(log: CallLog): Promise<void> {
    const updated = await db.update<CallLog>("call_logs", { callSid: log.callSid }, log);
    if (updated === 0) await db.insert("call_logs", log);
  },
  async find(callSid: string): Promise<CallLog | undefined> {
    const [log] = await db.select<CallLog>("call_logs", { callSid });
    return log;
  },
  async markMissed(callSid: string, reason: string): Promise<void> {
    await db.update<CallLog>("call_logs", { callSid }, { status: "missed", missedBecause: reason });
  },
  async attachRecording(callSid: string, recordingSid: string, duration: number): Promise<void> {
    await db.update<CallLog>("call_logs", { callSid }, { recordingSid, duration });
  },
  async attachVoicemail(callSid: string, voicemail: { recordingSid: string; transcriptionSid: string; text?: string }): Promise<void> {
    await db.update<CallLog>("call_logs", { callSid }, {
      recordingSid: voicemail.recordingSid,
      transcriptionSid: voicemail.transcriptionSid,
      voicemailText: voicemail.text,
    });
  },
};
