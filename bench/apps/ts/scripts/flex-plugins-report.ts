// Lists Flex plugins, their versions, and what the active release contains.
import { adminClient } from "./lib/client";

const client = adminClient();
const flex = client.flexApi.v1;

for (const plugin of await flex.plugins.list()) {
  const versions = await flex.plugins(plugin.sid).pluginVersions.list({ limit: 3 });
  console.log(`${plugin.uniqueName}: ${versions.map((version) => version.version).join(", ")}`);
}
const [release] = await flex.pluginReleases.list({ limit: 1 });
if (release) {
  const configuration = await flex.pluginConfigurations(release.configurationSid).fetch();
  const plugins = await flex.pluginConfigurations(release.configurationSid).plugins.list();
  console.log(`active release ${release.sid}: ${configuration.name} with ${plugins.map((plugin) => `${plugin.uniqueName}@${plugin.version}`).join(", ")}`);
}
const configurationDoc = await flex.configuration().fetch();
console.log(`Flex UI ${configurationDoc.uiVersion}, workspace ${configurationDoc.taskrouterWorkspaceSid}`);
