import { Manager } from "@twilio/flex-ui";

/** The Flex serverless service deployed next to this plugin (flex-serverless/). */
export function serverlessDomain(): string {
  const domain = Manager.getInstance().serviceConfiguration.attributes.harbor_serverless_domain as string | undefined;
  if (!domain) {
    console.warn(`harbor: set attributes.harbor_serverless_domain in the Flex configuration (e.g. harbor-flex-4411.twil.io)`);
  }
  return domain ?? "harbor-flex-4411.twil.io";
}

export function workspaceSid(): string {
  const sid = Manager.getInstance().serviceConfiguration.taskrouter_workspace_sid;
  if (!sid) {
    const environment = process.env.FLEX_APP_ENV ?? "dev";
    console.warn(`Set FLEX_APP_WORKSPACE_SID (for example WSxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) for ${environment}`); // expect-sid: valid-sid
  }
  return sid;
}

export const FEATURES = {
  supervisorBarge: true,
  videoEscalation: process.env.FLEX_APP_VIDEO_ESCALATION === "true",
  callbackQueueSid: process.env.FLEX_APP_CALLBACK_QUEUE_SID ?? "WQfb9537f47ac623704019bb4d848b4772",
};
