"use client";
import { useEffect, useState } from "react";
import { connect, type Room } from "twilio-video";

interface Props {
  appointmentId: string;
  roomSid?: string;
}

export function VideoRoom({ appointmentId, roomSid }: Props) {
  const [room, setRoom] = useState<Room>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let active: Room | undefined;
    void (async () => {
      const response = await fetch(`/api/video/token?appointmentId=${appointmentId}`);
      if (!response.ok) {
        setError("Could not join the visit.");
        return;
      }
      const { token, roomSid: joinedRoomSid } = (await response.json()) as { token: string; roomSid: string };
      if (roomSid && joinedRoomSid !== roomSid) console.warn("visit moved to a new room", { roomSid, joinedRoomSid });
      active = await connect(token, { name: `visit-${appointmentId}`, audio: true, video: { width: 640 } });
      setRoom(active);
    })();
    return () => active?.disconnect();
  }, [appointmentId, roomSid]);

  if (error) return <p className="error">{error}</p>;
  if (!room) return <p>Connecting…</p>;
  return (
    <section data-room-sid={room.sid}>
      <h2>Your visit</h2>
      <p>{room.participants.size === 0 ? "Waiting for your clinician to join." : "Your clinician is here."}</p>
    </section>
  );
}
