// Seeds a developer's sandbox subaccount with a workspace, a few workers and sample tasks.
import { adminClient } from "./lib/client";
import { args } from "./lib/cli";

const { values } = args({ account: { type: "string" }, workers: { type: "string", default: "3" } });
if (!values.account?.startsWith("AC")) throw new Error("--account must be the sandbox subaccount's Account SID");
const client = adminClient(values.account);

const [workspace] = await client.taskrouter.v1.workspaces.list({ friendlyName: "Harbor Sandbox" });
const workspaceSid = workspace?.sid ?? (await client.taskrouter.v1.workspaces.create({ friendlyName: "Harbor Sandbox", template: "FIFO" })).sid;
const ws = client.taskrouter.v1.workspaces(workspaceSid);
const [available] = await ws.activities.list({ friendlyName: "Available" });
const [workflow] = await ws.workflows.list();

for (let index = 1; index <= Number(values.workers); index++) {
  const worker = await ws.workers.create({
    friendlyName: `dev-agent-${index}`,
    attributes: JSON.stringify({ contact_uri: `client:dev-agent-${index}`, routing: { skills: ["nurse"] } }),
  });
  if (available) await ws.workers(worker.sid).update({ activitySid: available.sid });
}
for (let index = 0; index < 5 && workflow; index++) {
  const task = await ws.tasks.create({ workflowSid: workflow.sid, attributes: JSON.stringify({ type: "inbound_call", from: `+1500555000${index}` }) });
  console.log(`task ${task.sid} ${task.assignmentStatus}`);
}
const statistics = await ws.statistics().fetch();
console.log(JSON.stringify(statistics.realtime, null, 2));
