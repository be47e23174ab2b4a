// Exports every Studio flow definition to studio/<name>.json for review in pull requests.
import { mkdir, writeFile } from "node:fs/promises";
import { adminClient } from "./lib/client";

const client = adminClient();
await mkdir("studio", { recursive: true });
for (const flow of await client.studio.v2.flows.list()) {
  const detail = await client.studio.v2.flows(flow.sid).fetch();
  const [revision] = await client.studio.v2.flows(flow.sid).revisions.list({ limit: 1 });
  const validation = await client.studio.v2.flowValidate.update({ friendlyName: detail.friendlyName, status: "draft", definition: detail.definition });
  await writeFile(`studio/${detail.friendlyName.replace(/\W+/g, "-")}.json`, JSON.stringify(detail.definition, null, 2));
  console.log(`${detail.friendlyName}: revision ${revision?.revision}, valid ${validation.valid}`);
}
