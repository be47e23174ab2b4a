import { Call, Device } from "@twilio/voice-sdk";
import { api } from "./api";

export interface ActiveCall {
  call: Call;
  callSid: string;
  from: string;
}

/** Registers the browser as the agent's Voice SDK device and keeps its token fresh. */
export async function createDevice(identity: string, onIncoming: (call: ActiveCall) => void): Promise<Device> {
  const { token } = await api.voiceToken(identity);
  const device = new Device(token, { codecPreferences: ["opus", "pcmu"], closeProtection: true });
  device.on("incoming", (call: Call) => {
    onIncoming({ call, callSid: call.parameters.CallSid ?? "", from: call.parameters.From ?? "unknown" });
  });
  device.on("tokenWillExpire", async () => {
    const refreshed = await api.voiceToken(identity);
    device.updateToken(refreshed.token);
  });
  await device.register();
  return device;
}

export async function dial(device: Device, to: string): Promise<ActiveCall> {
  const call = await device.connect({ params: { To: to } });
  return new Promise((resolve) => {
    call.on("accept", () => resolve({ call, callSid: call.parameters.CallSid ?? "", from: "outbound" }));
  });
}
