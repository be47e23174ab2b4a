import type { NextApiRequest, NextApiResponse } from "next";
import { checkLoginCode } from "../../../lib/verify";
import { sign } from "../../../lib/session";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { phone, code, patientId } = req.body as { phone: string; code: string; patientId: string };
  if (!(await checkLoginCode(phone, code))) {
    res.status(401).json({ error: "Invalid code" });
    return;
  }
  res.setHeader("Set-Cookie", `harbor_session=${sign({ patientId, phone, identity: `patient-${patientId}` })}; HttpOnly; Secure; Path=/`);
  res.status(200).json({ ok: true });
}
