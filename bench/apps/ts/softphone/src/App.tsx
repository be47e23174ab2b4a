import { useEffect, useState } from "react";
import type { Device } from "@twilio/voice-sdk";
import { ActivityPicker } from "./components/ActivityPicker";
import { CallPanel } from "./components/CallPanel";
import { Dialer } from "./components/Dialer";
import { IncomingCall } from "./components/IncomingCall";
import { config } from "./lib/config";
import { createDevice, type ActiveCall } from "./lib/device";

export function App({ workerSid }: { workerSid: string }) {
  const [device, setDevice] = useState<Device>();
  const [incoming, setIncoming] = useState<ActiveCall>();
  const [active, setActive] = useState<ActiveCall>();

  useEffect(() => {
    let created: Device | undefined;
    void createDevice(config.identity, setIncoming).then((next) => {
      created = next;
      setDevice(next);
    });
    return () => created?.destroy();
  }, []);

  if (!device) return <p>Registering…</p>;
  return (
    <main>
      <header>
        <span>{config.identity}</span>
        <ActivityPicker workerSid={workerSid} />
      </header>
      {incoming && !active && (
        <IncomingCall incoming={incoming} onAccept={() => (setActive(incoming), setIncoming(undefined))} onReject={() => setIncoming(undefined)} />
      )}
      {active ? <CallPanel active={active} onEnd={() => setActive(undefined)} /> : <Dialer device={device} onCall={setActive} />}
    </main>
  );
}
