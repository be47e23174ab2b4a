#!/usr/bin/env node
// Creates the TaskRouter workspace for a new clinic from clinic.json.
const fs = require("fs");
const client = require("./lib/client");

const clinic = JSON.parse(fs.readFileSync(process.argv[2] || "clinic.json", "utf8"));

async function main() {
  const workspace = await client.taskrouter.v1.workspaces.create({ friendlyName: clinic.name, template: "FIFO" });
  const ws = client.taskrouter.v1.workspaces(workspace.sid);
  const queue = await ws.taskQueues.create({ friendlyName: `${clinic.name} front desk`, targetWorkers: "1 == 1" });
  const workflow = await ws.workflows.create({
    friendlyName: "Front desk",
    configuration: JSON.stringify({ task_routing: { filters: [], default_filter: { queue: queue.sid } } }),
    assignmentCallbackUrl: clinic.assignmentCallbackUrl,
  });
  for (const person of clinic.staff) {
    await ws.workers.create({ friendlyName: person.email, attributes: JSON.stringify({ contact_uri: `client:${person.email}` }) });
  }
  const settings = { workspaceSid: workspace.sid, workflowSid: workflow.sid, queueSid: queue.sid };
  fs.writeFileSync(`${clinic.id}.twilio.json`, JSON.stringify(settings, null, 2));
  console.log(settings);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
