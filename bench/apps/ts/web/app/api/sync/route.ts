import { NextResponse, type NextRequest } from "next/server";
import twilio from "twilio";
import { serverEnv } from "../../../lib/env";
import { twilioClient } from "../../../lib/twilio";
import { verify } from "../../../lib/session";

export async function GET(request: NextRequest) {
  const session = verify(request.cookies.get("harbor_session")?.value);
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const token = new twilio.jwt.AccessToken(serverEnv.accountSid, serverEnv.apiKeySid, serverEnv.apiKeySecret, { identity: session.identity });
  token.addGrant(new twilio.jwt.AccessToken.SyncGrant({ serviceSid: serverEnv.syncServiceSid }));
  // The waiting-room document is per patient; let this patient read only theirs.
  const documentName = `waiting-room-${session.patientId}`;
  await twilioClient.sync.v1.services(serverEnv.syncServiceSid).documents(documentName).documentPermissions(session.identity).update({
    read: true,
    write: false,
    manage: false,
  });
  return NextResponse.json({ token: token.toJwt(), documentName });
}
