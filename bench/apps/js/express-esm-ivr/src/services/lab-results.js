import { client } from "../lib/client.js";
import { settings } from "../lib/settings.js";

export async function sendResultsLink(to, callSid) {
  const message = await client.messages.create({
    to,
    from: settings.frontDeskNumber,
    body: `Your lab results are ready: ${settings.baseUrl}/results?ref=${callSid.slice(-8)}`,
  });
  return message.sid;
}

export async function resultsLinkStatus(messageSid) {
  const message = await client.messages(messageSid).fetch();
  return message.status;
}
