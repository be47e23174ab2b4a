import { describe, expect, it } from "vitest";
import { ConferenceService } from "../services/conference-service";
import { fakeClient } from "./helpers";
import { TEST_AGENT_CALL_SID, TEST_CONFERENCE_SID, TEST_TASK_SID } from "./fixtures/sids";

describe("ConferenceService", () => {
  it("dials into the conference named after the task", async () => {
    const { client, conferences, create } = fakeClient();
    await new ConferenceService(client).dialIntoTaskConference(TEST_TASK_SID as `WT${string}`, { to: "+15005550006" });
    expect(conferences).toHaveBeenCalledWith(TEST_TASK_SID);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ to: "+15005550006", earlyMedia: true }));
  });

  it("holds a participant by call SID", async () => {
    const { client, participants, update } = fakeClient();
    await new ConferenceService(client).hold(TEST_CONFERENCE_SID as `CF${string}`, TEST_AGENT_CALL_SID as `CA${string}`, true);
    expect(participants).toHaveBeenCalledWith(TEST_AGENT_CALL_SID);
    expect(update).toHaveBeenCalledWith(expect.objectContaining({ hold: true }));
  });
});
