import { Manager } from "@twilio/flex-ui";
import { serverlessDomain } from "../config";

/** Calls a function of the Flex serverless service with the agent's Flex token, which the function validates. */
export async function callServerless<T = unknown>(path: string, body: Record<string, unknown>): Promise<T> {
  const manager = Manager.getInstance();
  const response = await fetch(`https://${serverlessDomain()}/${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ...body, Token: manager.user.token }),
  });
  if (!response.ok) throw new Error(`${path} failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
