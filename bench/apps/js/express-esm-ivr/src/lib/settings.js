export const settings = {
  baseUrl: process.env.BASE_URL ?? "https://ivr.harborhealth.example",
  interpreterQueueSid: process.env.TWILIO_INTERPRETER_QUEUE_SID,
  labFlowSid: process.env.TWILIO_LAB_FLOW_SID,
  frontDeskNumber: process.env.FRONT_DESK_NUMBER ?? "+15005550030",
  clinics: {
    "+15005550031": { name: "Northside", conferenceRegion: "us1" },
    "+15005550032": { name: "Harbor Point", conferenceRegion: "us1" },
  },
};
