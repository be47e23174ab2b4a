import type { Twilio } from "twilio";
import { env } from "../config/env";
import type { ExecutionSid, FlowSid } from "../../../shared/sid";

export class StudioService {
  constructor(
    private readonly client: Twilio,
    private readonly flowSid: string = env.studioFlowSid ?? "",
  ) {}

  async trigger(to: string, parameters: Record<string, unknown>): Promise<ExecutionSid> {
    const execution = await this.client.studio.v2.flows(this.flowSid).executions.create({
      to,
      from: env.callerId,
      parameters,
    });
    return execution.sid as ExecutionSid;
  }

  async context(executionSid: ExecutionSid): Promise<Record<string, unknown>> {
    const context = await this.client.studio.v2.flows(this.flowSid).executions(executionSid).executionContext().fetch();
    return context.context as Record<string, unknown>;
  }

  async steps(executionSid: ExecutionSid) {
    const steps = await this.client.studio.v2.flows(this.flowSid).executions(executionSid).steps.list();
    return steps.map((step) => ({ name: step.name, from: step.transitionedFrom, to: step.transitionedTo }));
  }

  async end(executionSid: ExecutionSid): Promise<void> {
    await this.client.studio.v2.flows(this.flowSid).executions(executionSid).update({ status: "ended" });
  }

  async activeExecutions(flowSid: FlowSid) {
    const executions = await this.client.studio.v2.flows(flowSid).executions.list({ limit: 50 });
    return executions.filter((execution) => execution.status === "active");
  }

  async publishRevision(flowSid: FlowSid, definition: object, commitMessage: string) {
    return this.client.studio.v2.flows(flowSid).update({ status: "published", definition, commitMessage });
  }

  async revisions(flowSid: FlowSid) {
    return this.client.studio.v2.flows(flowSid).revisions.list({ limit: 10 });
  }
}
