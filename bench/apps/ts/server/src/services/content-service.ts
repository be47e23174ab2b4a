import type { Twilio } from "twilio";

export class ContentService {
  constructor(private readonly client: Twilio) {}

  async templates() {
    const contents = await this.client.content.v1.contents.list({ limit: 100 });
    return contents.map((content) => ({ sid: content.sid, name: content.friendlyName, language: content.language }));
  }

  async template(contentSid: string) {
    return this.client.content.v1.contents(contentSid).fetch();
  }

  async approval(contentSid: string) {
    return this.client.content.v1.contents(contentSid).approvalFetch().fetch();
  }

  async remove(contentSid: string): Promise<void> {
    await this.client.content.v1.contents(contentSid).remove();
  }
}
