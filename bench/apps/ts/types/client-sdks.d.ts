// Minimal declarations of Twilio's browser SDKs as the softphone, the portal and the Flex plugin use them.
declare module "@twilio/voice-sdk" {
  export class Call {
    readonly parameters: Record<string, string>;
    readonly customParameters: Map<string, string>;
    accept(): void;
    reject(): void;
    disconnect(): void;
    mute(shouldMute?: boolean): void;
    sendDigits(digits: string): void;
    on(event: "accept" | "disconnect" | "cancel" | "reject" | "error", listener: (...args: any[]) => void): this;
  }

  export class Device {
    constructor(token: string, options?: { codecPreferences?: string[]; closeProtection?: boolean; logLevel?: number });
    readonly state: "unregistered" | "registering" | "registered" | "destroyed";
    register(): Promise<void>;
    connect(options: { params: Record<string, string> }): Promise<Call>;
    updateToken(token: string): void;
    destroy(): void;
    on(event: "incoming", listener: (call: Call) => void): this;
    on(event: "registered" | "unregistered" | "tokenWillExpire" | "error", listener: (...args: any[]) => void): this;
  }
}

declare module "twilio-video" {
  export interface Participant {
    readonly sid: string;
    readonly identity: string;
  }
  export interface Room {
    readonly sid: string;
    readonly name: string;
    readonly localParticipant: Participant;
    readonly participants: Map<string, Participant>;
    on(event: "participantConnected" | "participantDisconnected" | "disconnected", listener: (participant: Participant) => void): this;
    disconnect(): void;
  }
  export function connect(token: string, options: { name: string; audio?: boolean; video?: boolean | { width: number } }): Promise<Room>;
}

declare module "@twilio/conversations" {
  export interface Message {
    readonly sid: string;
    readonly body: string | null;
    readonly author: string | null;
  }
  export interface Conversation {
    readonly sid: string;
    readonly uniqueName: string | null;
    sendMessage(body: string, attributes?: Record<string, unknown>): Promise<number>;
    getMessages(pageSize?: number): Promise<{ items: Message[] }>;
    on(event: "messageAdded", listener: (message: Message) => void): this;
  }
  export class Client {
    constructor(token: string);
    getConversationBySid(conversationSid: string): Promise<Conversation>;
    getConversationByUniqueName(uniqueName: string): Promise<Conversation>;
    updateToken(token: string): Promise<Client>;
    on(event: "tokenAboutToExpire" | "connectionStateChanged", listener: (...args: any[]) => void): this;
  }
}

declare module "twilio-sync" {
  export interface SyncDocument {
    readonly sid: string;
    readonly uniqueName: string;
    readonly data: Record<string, unknown>;
    on(event: "updated", listener: (update: { data: Record<string, unknown> }) => void): void;
    close(): void;
  }
  export interface SyncMap {
    readonly sid: string;
    getItems(): Promise<{ items: { key: string; data: Record<string, unknown> }[] }>;
    on(event: "itemAdded" | "itemUpdated" | "itemRemoved", listener: (event: { item: { key: string; data: Record<string, unknown> } }) => void): void;
  }
  export class SyncClient {
    constructor(token: string);
    document(name: string): Promise<SyncDocument>;
    map(name: string): Promise<SyncMap>;
    updateToken(token: string): Promise<void>;
  }
}
