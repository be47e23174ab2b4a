import type { Twilio } from "twilio";
import { env } from "../config/env";
import type { RecordingSid } from "../../../shared/sid";

/** Conversational Intelligence transcripts of recorded calls, for QA. */
export class IntelligenceService {
  constructor(private readonly client: Twilio) {}

  async transcribe(recordingSid: RecordingSid, customerKey: string) {
    return this.client.intelligence.v2.transcripts.create({
      serviceSid: env.intelligenceServiceSid ?? "",
      channel: { media_properties: { source_sid: recordingSid } },
      customerKey,
    });
  }

  async sentences(transcriptSid: string) {
    return this.client.intelligence.v2.transcripts(transcriptSid).sentences.list({ redacted: true });
  }

  async operatorResults(transcriptSid: string) {
    return this.client.intelligence.v2.transcripts(transcriptSid).operatorResults.list();
  }

  async remove(transcriptSid: string): Promise<void> {
    await this.client.intelligence.v2.transcripts(transcriptSid).remove();
  }
}
