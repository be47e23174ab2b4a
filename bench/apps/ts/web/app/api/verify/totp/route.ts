import { NextResponse, type NextRequest } from "next/server";
import { challengeTotp, createTotpFactor, verifyTotpFactor } from "../../../../lib/verify";
import { verify } from "../../../../lib/session";

export async function POST(request: NextRequest) {
  const session = verify(request.cookies.get("harbor_session")?.value);
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = (await request.json()) as { step: "create" | "verify" | "challenge"; factorSid?: string; code?: string };
  if (body.step === "create") {
    const factor = await createTotpFactor(session.identity, "Harbor Portal");
    return NextResponse.json({ factorSid: factor.sid, binding: factor.binding });
  }
  if (!body.factorSid || !body.code) return NextResponse.json({ error: "factorSid and code required" }, { status: 400 });
  if (body.step === "verify") {
    const factor = await verifyTotpFactor(session.identity, body.factorSid, body.code);
    return NextResponse.json({ status: factor.status });
  }
  const challenge = await challengeTotp(session.identity, body.factorSid, body.code);
  return NextResponse.json({ status: challenge.status });
}
