// The parameters Twilio posts to our webhooks, as far as we read them.
import type { AccountSid, CallSid, ConferenceSid, MessageSid, RecordingSid } from "./sid";

export interface VoiceWebhookBody {
  AccountSid: AccountSid;
  CallSid: CallSid;
  ParentCallSid?: CallSid;
  From: string;
  To: string;
  CallStatus: "queued" | "ringing" | "in-progress" | "completed" | "busy" | "failed" | "no-answer" | "canceled";
  Direction: "inbound" | "outbound-api" | "outbound-dial";
  Digits?: string;
  SpeechResult?: string;
  Confidence?: string;
  CallerName?: string;
  ApiVersion: string;
}

export interface CallStatusBody extends VoiceWebhookBody {
  CallDuration?: string;
  Duration?: string;
  RecordingSid?: RecordingSid;
  RecordingUrl?: string;
  Timestamp: string;
  SequenceNumber: string;
}

export interface DialActionBody extends VoiceWebhookBody {
  DialCallSid?: CallSid;
  DialCallStatus: "completed" | "answered" | "busy" | "no-answer" | "failed" | "canceled";
  DialCallDuration?: string;
}

export interface RecordingStatusBody {
  AccountSid: AccountSid;
  CallSid: CallSid;
  ConferenceSid?: ConferenceSid;
  RecordingSid: RecordingSid;
  RecordingUrl: string;
  RecordingStatus: "in-progress" | "completed" | "absent" | "failed";
  RecordingDuration: string;
  RecordingChannels: string;
  RecordingSource: string;
}

export interface ConferenceStatusBody {
  AccountSid: AccountSid;
  ConferenceSid: ConferenceSid;
  FriendlyName: string;
  StatusCallbackEvent:
    | "conference-start"
    | "conference-end"
    | "participant-join"
    | "participant-leave"
    | "participant-mute"
    | "participant-unmute"
    | "participant-hold"
    | "participant-unhold"
    | "announcement-end";
  CallSid?: CallSid;
  CallSidEndingConference?: CallSid;
  Muted?: string;
  Hold?: string;
  Coaching?: string;
  EndConferenceOnExit?: string;
  StartConferenceOnEnter?: string;
  SequenceNumber: string;
  Timestamp: string;
}

export interface IncomingMessageBody {
  AccountSid: AccountSid;
  MessageSid: MessageSid;
  SmsSid: MessageSid;
  MessagingServiceSid?: string;
  From: string;
  To: string;
  Body: string;
  NumMedia: string;
  NumSegments: string;
  FromCity?: string;
  FromCountry?: string;
  OptOutType?: "STOP" | "START" | "HELP";
  [media: `MediaUrl${number}`]: string | undefined;
  [contentType: `MediaContentType${number}`]: string | undefined;
}

export interface MessageStatusBody {
  AccountSid: AccountSid;
  MessageSid: MessageSid;
  MessageStatus: "accepted" | "queued" | "sending" | "sent" | "failed" | "delivered" | "undelivered" | "receiving" | "received" | "read";
  ErrorCode?: string;
  To: string;
  From: string;
  MessagingServiceSid?: string;
}

export interface TaskRouterEventBody {
  EventType: string;
  EventDescription: string;
  AccountSid: AccountSid;
  WorkspaceSid: string;
  ResourceType: "task" | "reservation" | "worker" | "activity" | "workflow" | "workspace" | "task-queue";
  ResourceSid: string;
  TaskSid?: string;
  TaskAttributes?: string;
  TaskAge?: string;
  ReservationSid?: string;
  WorkerSid?: string;
  WorkerName?: string;
  WorkerActivitySid?: string;
  WorkerPreviousActivitySid?: string;
  TaskQueueSid?: string;
  WorkflowSid?: string;
  Timestamp: string;
}

export interface AssignmentCallbackBody {
  AccountSid: AccountSid;
  WorkspaceSid: string;
  WorkflowSid: string;
  TaskQueueSid: string;
  TaskSid: string;
  ReservationSid: string;
  WorkerSid: string;
  TaskAttributes: string;
  WorkerAttributes: string;
  TaskAge: string;
  TaskPriority: string;
}

export interface ConversationsWebhookBody {
  EventType: "onMessageAdded" | "onConversationAdded" | "onParticipantAdded" | "onConversationStateUpdated" | "onDeliveryUpdated";
  AccountSid: AccountSid;
  ConversationSid: string;
  ChatServiceSid: string;
  MessageSid?: string;
  ParticipantSid?: string;
  MessagingServiceSid?: string;
  Author?: string;
  Body?: string;
  Source: "SMS" | "WHATSAPP" | "CHAT" | "API" | "SDK";
  Attributes?: string;
}

export interface VideoRoomStatusBody {
  AccountSid: AccountSid;
  RoomSid: string;
  RoomName: string;
  RoomStatus: "in-progress" | "completed";
  StatusCallbackEvent: "room-created" | "room-ended" | "participant-connected" | "participant-disconnected" | "track-added" | "recording-completed";
  ParticipantSid?: string;
  ParticipantIdentity?: string;
  ParticipantStatus?: string;
  TrackSid?: string;
  RecordingSid?: string;
  Timestamp: string;
}
