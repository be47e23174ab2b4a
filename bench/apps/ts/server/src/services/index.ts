import { twilioClient } from "../lib/twilio";
import { AccountService } from "./account-service";
import { CallService } from "./call-service";
import { ConferenceService } from "./conference-service";
import { ContentService } from "./content-service";
import { ConversationService } from "./conversation-service";
import { EventsService } from "./events-service";
import { FlexInteractionService } from "./flex-interaction-service";
import { InsightsService } from "./insights-service";
import { IntelligenceService } from "./intelligence-service";
import { MessagingService } from "./messaging-service";
import { NumberService } from "./number-service";
import { ProxyService } from "./proxy-service";
import { RecordingService } from "./recording-service";
import { StudioService } from "./studio-service";
import { SyncService } from "./sync-service";
import { TaskRouterService } from "./taskrouter-service";
import { VerifyService } from "./verify-service";
import { VideoService } from "./video-service";

export const services = {
  accounts: new AccountService(twilioClient),
  calls: new CallService(twilioClient),
  conferences: new ConferenceService(twilioClient),
  content: new ContentService(twilioClient),
  conversations: new ConversationService(twilioClient),
  events: new EventsService(twilioClient),
  interactions: new FlexInteractionService(twilioClient),
  insights: new InsightsService(twilioClient),
  intelligence: new IntelligenceService(twilioClient),
  messaging: new MessagingService(twilioClient),
  numbers: new NumberService(twilioClient),
  proxy: new ProxyService(twilioClient),
  recordings: new RecordingService(twilioClient),
  studio: new StudioService(twilioClient),
  sync: new SyncService(twilioClient),
  taskrouter: new TaskRouterService(twilioClient),
  verify: new VerifyService(twilioClient),
  video: new VideoService(twilioClient),
};

export type Services = typeof services;
