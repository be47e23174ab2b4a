import { NextResponse } from "next/server";
import { conversationsService } from "../../../lib/conversations";

// Staff dashboard: the most recent open conversations and who is in them.
export async function GET() {
  const service = conversationsService();
  const conversations = await service.conversations.list({ state: "active", limit: 20 });
  const withParticipants = await Promise.all(
    conversations.map(async (conversation) => ({
      conversationSid: conversation.sid,
      name: conversation.friendlyName,
      participants: (await service.conversations(conversation.sid).participants.list()).map((participant) => participant.identity ?? participant.messagingBinding),
    })),
  );
  return NextResponse.json(withParticipants);
}
