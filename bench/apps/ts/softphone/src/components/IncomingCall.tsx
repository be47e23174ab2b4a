import type { ActiveCall } from "../lib/device";

export function IncomingCall({ incoming, onAccept, onReject }: { incoming: ActiveCall; onAccept: () => void; onReject: () => void }) {
  return (
    <div className="incoming" role="alertdialog">
      <p>Incoming call from {incoming.from}</p>
      <button onClick={() => (incoming.call.accept(), onAccept())}>Answer</button>
      <button onClick={() => (incoming.call.reject(), onReject())}>Decline</button>
    </div>
  );
}
