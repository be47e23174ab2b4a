import type { NextApiRequest, NextApiResponse } from "next";
import { sendLoginCode } from "../../../lib/verify";

export default async function handler(req: NextApiRequest, res: NextApiResponse<{ status?: string; error?: string }>) {
  if (req.method !== "POST") {
    res.setHeader("Allow", "POST");
    res.status(405).json({ error: "Method not allowed" });
    return;
  }
  try {
    res.status(200).json({ status: await sendLoginCode(String(req.body.phone)) });
  } catch (error) {
    res.status(400).json({ error: (error as Error).message });
  }
}
