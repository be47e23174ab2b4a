import { SyncClient } from "twilio-sync";
import { Manager } from "@twilio/flex-ui";

let client: SyncClient | undefined;

/** Flex's own token grants Sync access on the Flex instance's default Sync service. */
export function syncClient(): SyncClient {
  if (!client) client = new SyncClient(Manager.getInstance().user.token);
  return client;
}

export async function refreshSyncToken(token: string): Promise<void> {
  await client?.updateToken(token);
}
