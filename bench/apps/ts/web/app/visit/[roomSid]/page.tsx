import { VideoRoom } from "../../../components/VideoRoom";
import { publicEnv } from "../../../lib/env";

export default function VisitPage({ params, searchParams }: { params: { roomSid: string }; searchParams: { appointment?: string } }) {
  return (
    <main>
      <VideoRoom roomSid={params.roomSid} appointmentId={searchParams.appointment ?? params.roomSid} />
      <footer>Trouble connecting? Call us at {publicEnv.supportNumber}.</footer>
    </main>
  );
}
