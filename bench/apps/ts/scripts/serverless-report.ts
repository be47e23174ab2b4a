// Which build of each Functions service is live, and which function versions it contains.
import { adminClient } from "./lib/client";

const client = adminClient();
for (const service of await client.serverless.v1.services.list()) {
  console.log(`${service.uniqueName} (${service.sid})`);
  const environments = await client.serverless.v1.services(service.sid).environments.list();
  for (const environment of environments) {
    if (!environment.buildSid) continue;
    const build = await client.serverless.v1.services(service.sid).builds(environment.buildSid).fetch();
    const status = await client.serverless.v1.services(service.sid).builds(environment.buildSid).buildStatus().fetch();
    console.log(`  ${environment.uniqueName}: ${build.sid} ${status.status}, ${build.functionVersions?.length ?? 0} functions`);
    const variables = await client.serverless.v1.services(service.sid).environments(environment.sid).variables.list();
    console.log(`    ${variables.length} variables`);
  }
  for (const fn of await client.serverless.v1.services(service.sid).functions.list()) {
    const [latest] = await client.serverless.v1.services(service.sid).functions(fn.sid).functionVersions.list({ limit: 1 });
    console.log(`  ${fn.friendlyName}: ${latest?.path} (${latest?.visibility})`);
  }
}
