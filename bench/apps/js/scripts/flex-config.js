#!/usr/bin/env node
// Prints and updates the Flex configuration attributes our plugin reads.
const client = require("./lib/client");

(async () => {
  const configuration = await client.flexApi.v1.configuration().fetch();
  console.log("workspace", configuration.taskrouterWorkspaceSid, "chat service", configuration.chatServiceInstanceSid);
  if (process.argv[2] === "--set-domain") {
    await client.flexApi.v1.configuration().update({
      account_sid: configuration.accountSid,
      attributes: { ...configuration.attributes, harbor_serverless_domain: process.argv[3] },
    });
  }
  const flows = await client.flexApi.v1.flexFlow.list();
  for (const flow of flows) console.log(`flex flow ${flow.friendlyName}: ${flow.channelType} -> ${flow.integrationType}`);
})();
