import type { Twilio } from "twilio";
import type { RoomInstance } from "twilio/lib/rest/video/v1/room";
import { env } from "../config/env";
import type { RoomParticipantSid, RoomSid } from "../../../shared/sid";

export class VideoService {
  constructor(private readonly client: Twilio) {}

  async createVisitRoom(appointmentId: string): Promise<RoomInstance> {
    return this.client.video.v1.rooms.create({
      uniqueName: `visit-${appointmentId}`,
      type: "group",
      maxParticipants: 4,
      recordParticipantsOnConnect: true,
      statusCallback: `${env.publicBaseUrl}/video/status`,
      emptyRoomTimeout: 10,
    });
  }

  async roomByName(uniqueName: string): Promise<RoomInstance | undefined> {
    const [room] = await this.client.video.v1.rooms.list({ uniqueName, status: "in-progress", limit: 1 });
    return room;
  }

  async endRoom(roomSid: RoomSid): Promise<void> {
    await this.client.video.v1.rooms(roomSid).update({ status: "completed" });
  }

  async endRoomByName(uniqueName: string): Promise<void> {
    // In-progress rooms can be addressed by their unique name.
    await this.client.video.v1.rooms(uniqueName).update({ status: "completed" });
  }

  async removeParticipant(roomSid: RoomSid, participantSid: RoomParticipantSid): Promise<void> {
    const room = this.client.video.v1.rooms(roomSid);
    await room.participants(participantSid).update({ status: "disconnected" });
  }

  async participants(roomSid: RoomSid) {
    const room = this.client.video.v1.rooms(roomSid);
    const connected = await room.participants.list({ status: "connected" });
    return Promise.all(
      connected.map(async (participant) => ({
        identity: participant.identity,
        tracks: await room.participants(participant.sid).publishedTracks.list(),
      })),
    );
  }

  async subscribeRules(roomSid: RoomSid, participantSid: RoomParticipantSid, onlyAudio: boolean): Promise<void> {
    await this.client.video.v1
      .rooms(roomSid)
      .participants(participantSid)
      .subscribeRules.update({ rules: onlyAudio ? [{ type: "exclude", kind: "video" }] : [{ type: "include", all: true }] });
  }

  async compose(roomSid: RoomSid) {
    return this.client.video.v1.compositions.create({
      roomSid,
      audioSources: ["*"],
      videoLayout: { grid: { video_sources: ["*"] } },
      format: "mp4",
      statusCallback: `${env.publicBaseUrl}/video/composition-status`,
    });
  }

  async composition(compositionSid: string) {
    return this.client.video.v1.compositions(compositionSid).fetch();
  }

  async roomRecordings(roomSid: RoomSid) {
    return this.client.video.v1.rooms(roomSid).recordings.list();
  }

  async deleteRecording(recordingSid: string): Promise<void> {
    await this.client.video.v1.recordings(recordingSid).remove();
  }
}
