import { db } from "../db/pool";

export interface Patient {
  [column: string]: unknown;
  id: string;
  name: string;
  phone: string;
  preferredLanguage: "en" | "es";
  conversationSid?: string;
  verified: boolean;
  optedOut: boolean;
}

export const patients = {
  async byPhone(phone: string): Promise<Patient | undefined> {
    const [patient] = await db.select<Patient>("patients", { phone });
    return patient;
  },
  async setConversation(id: string, conversationSid: string): Promise<void> {
    await db.update<Patient>("patients", { id }, { conversationSid });
  },
  async markVerified(id: string): Promise<void> {
    await db.update<Patient>("patients", { id }, { verified: true });
  },
  async optOut(phone: string, optedOut: boolean): Promise<void> {
    await db.update<Patient>("patients", { phone }, { optedOut });
  },
};
