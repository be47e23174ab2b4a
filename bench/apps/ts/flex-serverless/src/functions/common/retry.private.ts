import type { Context } from "@twilio-labs/serverless-runtime-types/types";
import type { Twilio as TwilioClient } from "twilio";

/** The Flex serverless copy of our retry helper: TaskRouter answers 429 under load. */
export async function twilioExecute<T>(context: Context, request: (client: TwilioClient) => Promise<T>): Promise<T> {
  const client = context.getTwilioClient();
  let delay = 250;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await request(client);
    } catch (error) {
      if ((error as { status?: number }).status !== 429) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
  return request(client);
}
