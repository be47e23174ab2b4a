import type { Twilio } from "twilio";

/** Event Streams: we sink call and message events into our Kinesis stream for analytics. */
export class EventsService {
  constructor(private readonly client: Twilio) {}

  async createSink(arn: string, roleArn: string, externalId: string) {
    return this.client.events.v1.sinks.create({
      description: "analytics-kinesis",
      sinkType: "kinesis",
      sinkConfiguration: { arn, role_arn: roleArn, external_id: externalId },
    });
  }

  async testSink(sinkSid: string) {
    return this.client.events.v1.sinks(sinkSid).sinkTest.create();
  }

  async subscribe(sinkSid: string) {
    return this.client.events.v1.subscriptions.create({
      description: "calls and messages",
      sinkSid,
      types: [
        { type: "com.twilio.voice.insights.call-summary.complete" },
        { type: "com.twilio.messaging.message.delivered" },
        { type: "com.twilio.messaging.message.failed" },
      ],
    });
  }

  async subscribedEvents(subscriptionSid: string) {
    return this.client.events.v1.subscriptions(subscriptionSid).subscribedEvents.list();
  }

  async unsubscribe(subscriptionSid: string): Promise<void> {
    await this.client.events.v1.subscriptions(subscriptionSid).remove();
  }

  async alerts(since: Date) {
    return this.client.monitor.v1.alerts.list({ startDate: since, logLevel: "error", limit: 100 });
  }

  async alert(alertSid: string) {
    return this.client.monitor.v1.alerts(alertSid).fetch();
  }
}
