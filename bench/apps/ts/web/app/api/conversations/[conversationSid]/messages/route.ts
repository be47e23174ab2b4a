import { NextResponse, type NextRequest } from "next/server";
import { conversationsService } from "../../../../../lib/conversations";
import { verify } from "../../../../../lib/session";

export async function GET(request: NextRequest, { params }: { params: { conversationSid: string } }) {
  const session = verify(request.cookies.get("harbor_session")?.value);
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const messages = await conversationsService().conversations(params.conversationSid).messages.list({ order: "desc", limit: 50 });
  return NextResponse.json(messages.map((message) => ({ sid: message.sid, author: message.author, body: message.body, at: message.dateCreated })));
}

export async function POST(request: NextRequest, { params }: { params: { conversationSid: string } }) {
  const session = verify(request.cookies.get("harbor_session")?.value);
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { body } = (await request.json()) as { body: string };
  const message = await conversationsService().conversations(params.conversationSid).messages.create({ author: session.identity, body });
  return NextResponse.json({ messageSid: message.sid }, { status: 201 });
}
