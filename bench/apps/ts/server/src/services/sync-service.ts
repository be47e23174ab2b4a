import type { Twilio } from "twilio";
import { env } from "../config/env";
import type { CallSid, TaskSid } from "../../../shared/sid";

export interface LiveCallState {
  callSid: string;
  status: string;
  agent?: string;
  startedAt: string;
  notes?: string;
}

/** Live call state for the supervisor wallboard, kept in Sync and keyed by SIDs. */
export class SyncService {
  private readonly service;

  constructor(client: Twilio, syncServiceSid: string = env.syncServiceSid) {
    this.service = client.sync.v1.services(syncServiceSid);
  }

  async putCallState(callSid: CallSid, state: LiveCallState): Promise<void> {
    // One document per call, named after the call SID: the wallboard subscribes by that name.
    try {
      await this.service.documents(callSid).update({ data: state });
    } catch {
      await this.service.documents.create({ uniqueName: callSid, data: state, ttl: 86_400 });
    }
  }

  async callState(callSid: CallSid): Promise<LiveCallState | undefined> {
    try {
      const document = await this.service.documents(callSid).fetch();
      return document.data as LiveCallState;
    } catch {
      return undefined;
    }
  }

  async clearCallState(callSid: CallSid): Promise<void> {
    await this.service.documents(callSid).remove();
  }

  async markActive(callSid: CallSid, taskSid: TaskSid): Promise<void> {
    await this.service.syncMaps("active-calls").syncMapItems.create({ key: callSid, data: { taskSid, since: Date.now() } });
  }

  async markInactive(callSid: CallSid): Promise<void> {
    await this.service.syncMaps("active-calls").syncMapItems(callSid).remove();
  }

  async activeCalls() {
    const items = await this.service.syncMaps("active-calls").syncMapItems.list({ limit: 200 });
    return items.map((item) => ({ callSid: item.key, ...item.data }));
  }

  async appendEvent(listName: string, event: Record<string, unknown>): Promise<void> {
    await this.service.syncLists(listName).syncListItems.create({ data: event, ttl: 3600 });
  }

  async trimEvents(listName: string, keep: number): Promise<void> {
    const items = await this.service.syncLists(listName).syncListItems.list({ order: "desc" });
    for (const item of items.slice(keep)) {
      await this.service.syncLists(listName).syncListItems(item.index).remove();
    }
  }

  async publish(streamName: string, data: Record<string, unknown>): Promise<void> {
    await this.service.syncStreams(streamName).streamMessages.create({ data });
  }

  async grantRead(documentName: string, identity: string): Promise<void> {
    await this.service.documents(documentName).documentPermissions(identity).update({ read: true, write: false, manage: false });
  }
}
