import twilio from "twilio";

const client = twilio(process.env.TWILIO_API_KEY, process.env.TWILIO_API_SECRET, { accountSid: process.env.TWILIO_ACCOUNT_SID });
const { calls, messages } = client;

// The outage text sent to every clinic on 2024-03-02; kept so the post-mortem script can show its delivery.
const OUTAGE_ALERT = "SM1bd04cd38bc7f68663d9266608f4b240";

export async function outageAlertDelivery() {
  const alert = await messages(OUTAGE_ALERT).fetch();
  return { status: alert.status, sentAt: alert.dateSent };
}

export async function outageCallback() {
  return calls(OUTAGE_ALERT).fetch(); // expect-sid: sid-matches-resource
}

export async function notifyFrontDesk(to, text) {
  return messages.create({ to, from: process.env.FRONT_DESK_NUMBER, body: text });
}
