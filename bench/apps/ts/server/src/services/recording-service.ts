import type { Twilio } from "twilio";
import type { RecordingInstance } from "twilio/lib/rest/api/v2010/account/recording";
import type { RecordingSid } from "../../../shared/sid";
import { withRetry } from "../../../shared/errors";

export class RecordingService {
  constructor(private readonly client: Twilio) {}

  async forCall(callSid: string): Promise<RecordingInstance[]> {
    return this.client.recordings.list({ callSid, limit: 20 });
  }

  async forConference(conferenceSid: string): Promise<RecordingInstance[]> {
    return this.client.recordings.list({ conferenceSid, limit: 20 });
  }

  async get(recordingSid: RecordingSid): Promise<RecordingInstance> {
    return withRetry(() => this.client.recordings(recordingSid).fetch());
  }

  mediaUrl(recording: Pick<RecordingInstance, "accountSid" | "sid">): string {
    return `https://api.twilio.com/2010-04-01/Accounts/${recording.accountSid}/Recordings/${recording.sid}.mp3`;
  }

  async delete(recordingSid: RecordingSid): Promise<void> {
    await this.client.recordings(recordingSid).remove();
  }

  async transcripts(recordingSid: RecordingSid): Promise<string[]> {
    const transcriptions = await this.client.recordings(recordingSid).transcriptions.list();
    return transcriptions.map((transcription) => transcription.transcriptionText ?? "");
  }

  async transcription(transcriptionSid: string): Promise<string> {
    const transcription = await this.client.transcriptions(transcriptionSid).fetch();
    return transcription.transcriptionText;
  }

  async addOnResults(recordingSid: RecordingSid) {
    const results = await this.client.recordings(recordingSid).addOnResults.list();
    const payloads = [];
    for (const result of results) {
      payloads.push(...(await this.client.recordings(recordingSid).addOnResults(result.sid).payloads.list()));
    }
    return payloads;
  }

  async olderThan(days: number): Promise<RecordingInstance[]> {
    const dateCreatedBefore = new Date(Date.now() - days * 86_400_000);
    return this.client.recordings.list({ dateCreatedBefore, limit: 500 });
  }
}
