import type { Twilio } from "twilio";
import { twilioClient } from "../lib/twilio";
import { logger } from "../../../shared/logger";

export interface WorkerDeps {
  twilio: Twilio;
  log: ReturnType<typeof logger.child>;
}

export interface Worker<Payload> {
  name: string;
  run(payload: Payload): Promise<void>;
}

/** A background job handler; the queue hands each job the shared client and a logger bound to the job. */
export function defineWorker<Payload>(name: string, handler: (payload: Payload, deps: WorkerDeps) => Promise<void>): Worker<Payload> {
  return {
    name,
    async run(payload) {
      const log = logger.child({ worker: name });
      const started = Date.now();
      await handler(payload, { twilio: twilioClient, log });
      log.info("job done", { ms: Date.now() - started });
    },
  };
}
