import { useState } from "react";
import type { Device } from "@twilio/voice-sdk";
import { dial, type ActiveCall } from "../lib/device";

export function Dialer({ device, onCall }: { device: Device; onCall: (call: ActiveCall) => void }) {
  const [number, setNumber] = useState("");
  return (
    <div className="dialer">
      <input type="tel" value={number} onChange={(event: { target: { value: string } }) => setNumber(event.target.value)} />
      <button disabled={!number} onClick={async () => onCall(await dial(device, number))}>
        Call
      </button>
    </div>
  );
}
