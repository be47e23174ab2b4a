import { twilioClient } from "../../../../lib/twilio";
import { serverEnv } from "../../../../lib/env";

// Post-event webhook: read receipts from staff are mirrored to the patient's SMS as a short note.
export async function POST(request: Request) {
  const form = await request.formData();
  const eventType = String(form.get("EventType"));
  const conversationSid = String(form.get("ConversationSid"));
  const messageSid = String(form.get("MessageSid") ?? "");
  if (eventType === "onDeliveryUpdated" && messageSid) {
    const receipts = await twilioClient.conversations.v1
      .services(serverEnv.conversationsServiceSid)
      .conversations(conversationSid)
      .messages(messageSid)
      .deliveryReceipts.list();
    console.log("receipts", receipts.map((receipt) => receipt.status));
  }
  return new Response(null, { status: 200 });
}
