import type { Context } from "@twilio-labs/serverless-runtime-types/types";
import type { Twilio as TwilioClient } from "twilio";

const RETRYABLE = new Set([429, 500, 502, 503, 504]);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs a Twilio request with the Function's client and retries throttled or failed requests, so a burst of
 * TaskRouter events does not drop updates.
 */
export async function twilioExecute<T>(context: Context, request: (client: TwilioClient) => Promise<T>, attempts = 3): Promise<T> {
  const client = context.getTwilioClient();
  for (let attempt = 1; ; attempt++) {
    try {
      return await request(client);
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0;
      if (!RETRYABLE.has(status) || attempt >= attempts) throw error;
      await sleep(200 * 2 ** attempt + Math.floor(Math.random() * 100));
    }
  }
}

/** Hands the Function's client to `use`; for call sites that do not need retries. */
export function withClient<Env>(context: Context<Env>) {
  const client = context.getTwilioClient();
  return <T>(use: (client: TwilioClient) => Promise<T>): Promise<T> => use(client);
}
