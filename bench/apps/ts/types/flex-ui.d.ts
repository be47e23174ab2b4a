// Minimal declarations for the parts of Flex UI 2.x and @twilio/flex-plugin the plugin uses.
declare module "@twilio/flex-ui" {
  import type { ComponentType, FC, ReactNode } from "react";

  export interface ConferenceParticipant {
    callSid: string;
    participantType: "customer" | "worker" | "transfer" | "supervisor" | "unknown";
    workerSid?: string;
    status: "joined" | "left" | "recently_left";
    onHold: boolean;
    muted: boolean;
    mediaProperties?: Record<string, unknown>;
  }

  export interface TaskConference {
    conferenceSid: string;
    liveParticipantCount: number;
    participants: ConferenceParticipant[];
  }

  export interface ITask<Attributes = any> {
    sid: string;
    taskSid: string;
    status: "pending" | "reserved" | "assigned" | "wrapping" | "completed" | "canceled";
    taskStatus: string;
    attributes: Attributes;
    taskChannelUniqueName: string;
    taskChannelSid: string;
    queueName: string;
    queueSid: string;
    workflowSid: string;
    workerSid: string;
    age: number;
    dateCreated: Date;
    conference?: TaskConference;
    sourceObject: { sid: string; accept(): Promise<unknown>; reject(): Promise<unknown> };
    setAttributes(attributes: Attributes): Promise<unknown>;
  }

  export interface Worker {
    sid: string;
    name: string;
    attributes: Record<string, any>;
    activity: { sid: string; name: string; available: boolean };
    workspaceSid: string;
  }

  export interface ServiceConfiguration {
    account_sid: string;
    taskrouter_workspace_sid: string;
    taskrouter_offline_activity_sid: string;
    chat_service_instance_sid: string;
    messaging_service_instance_sid: string;
    flex_service_instance_sid: string;
    runtime_domain: string;
    attributes: Record<string, any>;
  }

  export class Manager {
    static getInstance(): Manager;
    readonly workerClient?: Worker;
    readonly serviceConfiguration: ServiceConfiguration;
    readonly user: { token: string; identity: string };
    readonly store: { getState(): any; dispatch(action: unknown): unknown };
    readonly conversationsClient: any;
    strings: Record<string, string>;
  }

  export type ActionPayload = Record<string, any>;
  export type ActionFunction = (payload: ActionPayload) => Promise<unknown>;

  export const Actions: {
    invokeAction(name: string, payload?: ActionPayload): Promise<void>;
    addListener(name: string, listener: (payload: ActionPayload, abort: () => void) => void | Promise<void>): void;
    registerAction(name: string, action: ActionFunction): void;
    replaceAction(name: string, action: (payload: ActionPayload, original: ActionFunction) => Promise<unknown>): void;
  };

  export const TaskHelper: {
    getTaskByTaskSid(taskSid: string): ITask | undefined;
    isCallTask(task: ITask): boolean;
    isChatBasedTask(task: ITask): boolean;
    isTaskAccepted(task: ITask): boolean;
    isInWrapupMode(task: ITask): boolean;
  };

  export const Notifications: {
    registerNotification(notification: { id: string; content: string; type: "error" | "warning" | "success" | "information"; timeout?: number }): void;
    showNotification(id: string, context?: Record<string, unknown>): void;
  };

  export enum NotificationType {
    error = "error",
    warning = "warning",
    success = "success",
    information = "information",
  }

  interface Slot {
    Content: { add(node: ReactNode, options?: { sortOrder?: number; if?: (props: any) => boolean }): void; remove(key: string): void };
  }

  export const TaskCanvasHeader: Slot;
  export const TaskCanvasTabs: Slot;
  export const TaskInfoPanel: Slot;
  export const CallCanvas: Slot;
  export const CallCanvasActions: Slot;
  export const MainHeader: Slot;
  export const SideNav: Slot;
  export const ViewCollection: Slot;
  export const WorkerDirectory: Slot;

  export interface TaskContextProps {
    task?: ITask;
  }
  export function withTaskContext<P extends TaskContextProps>(component: ComponentType<P>): FC<Omit<P, keyof TaskContextProps>>;
  export const IconButton: FC<{ icon: string; title?: string; disabled?: boolean; onClick?: () => void }>;
  export const FlexBox: FC<{ vertical?: boolean }>;
  export const Template: FC<{ source: string }>;
}

declare module "@twilio/flex-plugin" {
  export abstract class FlexPlugin {
    readonly name: string;
    constructor(name: string);
    abstract init(flex: typeof import("@twilio/flex-ui"), manager: import("@twilio/flex-ui").Manager): void | Promise<void>;
  }
  export function loadPlugin(plugin: new () => FlexPlugin): void;
}

declare module "@twilio-paste/core" {
  import type { FC } from "react";
  type Props = Record<string, any>;
  export const Box: FC<Props>;
  export const Stack: FC<Props>;
  export const Text: FC<Props>;
  export const Heading: FC<Props>;
  export const Button: FC<Props>;
  export const Badge: FC<Props>;
  export const Input: FC<Props>;
  export const Label: FC<Props>;
  export const Select: FC<Props>;
  export const Option: FC<Props>;
  export const Alert: FC<Props>;
  export const Spinner: FC<Props>;
  export const Table: FC<Props>;
  export const THead: FC<Props>;
  export const TBody: FC<Props>;
  export const Tr: FC<Props>;
  export const Th: FC<Props>;
  export const Td: FC<Props>;
}

declare module "@twilio-paste/core/theme" {
  import type { FC } from "react";
  export const Theme: { Provider: FC<{ theme?: string }> };
}
