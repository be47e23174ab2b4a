import { createHmac, timingSafeEqual } from "node:crypto";

const SECRET = process.env.SESSION_SECRET ?? "dev-only-session-secret";

export interface Session {
  patientId: string;
  phone: string;
  identity: string;
}

export function sign(session: Session): string {
  const payload = Buffer.from(JSON.stringify(session)).toString("base64url");
  const mac = createHmac("sha256", SECRET).update(payload).digest("base64url");
  return `${payload}.${mac}`;
}

export function verify(cookie: string | undefined): Session | undefined {
  if (!cookie) return undefined;
  const [payload, mac] = cookie.split(".");
  if (!payload || !mac) return undefined;
  const expected = createHmac("sha256", SECRET).update(payload).digest("base64url");
  if (expected.length !== mac.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(mac))) return undefined;
  return JSON.parse(Buffer.from(payload, "base64url").toString()) as Session;
}
