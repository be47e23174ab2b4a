import type { NextFunction, Request, Response } from "express";
import { isRestError } from "../../../shared/errors";
import { logger } from "../../../shared/logger";

export function errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  if (isRestError(error)) {
    logger.error("twilio request failed", { path: req.path, status: error.status, code: error.code, moreInfo: error.moreInfo });
    res.status(error.status === 404 ? 404 : 502).json({ error: "upstream", code: error.code });
    return;
  }
  logger.error("unhandled error", { path: req.path, error: String(error) });
  res.status(500).json({ error: "internal" });
}
