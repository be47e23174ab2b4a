import { useState } from "react";
import type { ActiveCall } from "../lib/device";
import { api } from "../lib/api";

interface Props {
  active: ActiveCall;
  conferenceSid?: string;
  onEnd: () => void;
}

export function CallPanel({ active, conferenceSid, onEnd }: Props) {
  const [muted, setMuted] = useState(false);
  const [held, setHeld] = useState(false);
  const [notes, setNotes] = useState("");
  const toggleHold = async () => {
    if (!conferenceSid) return;
    await api.hold(conferenceSid, active.callSid, !held);
    setHeld(!held);
  };
  return (
    <div className="call-panel" data-call-sid={active.callSid}>
      <p>On a call with {active.from}</p>
      <button onClick={() => (active.call.mute(!muted), setMuted(!muted))}>{muted ? "Unmute" : "Mute"}</button>
      <button disabled={!conferenceSid} onClick={toggleHold}>
        {held ? "Resume" : "Hold"}
      </button>
      <textarea value={notes} onChange={(event: { target: { value: string } }) => setNotes(event.target.value)} />
      <button onClick={() => api.notes(active.callSid, notes)}>Save notes</button>
      <button
        onClick={async () => {
          active.call.disconnect();
          await api.hangUp(active.callSid).catch(() => undefined);
          onEnd();
        }}
      >
        Hang up
      </button>
    </div>
  );
}
