// Minimal declarations modelled on @twilio-labs/serverless-runtime-types: the Functions context, event and callback.
declare module "@twilio-labs/serverless-runtime-types/types" {
  import type { Twilio } from "twilio";

  export type EnvironmentVariables = { [name: string]: string | undefined };

  export interface TwilioClientOptions {
    lazyLoading?: boolean;
  }

  export type Context<Env = {}> = {
    getTwilioClient(options?: TwilioClientOptions): Twilio;
    DOMAIN_NAME: string;
    PATH: string;
    SERVICE_SID: string | undefined;
    ENVIRONMENT_SID: string | undefined;
  } & Env;

  export type ServerlessCallback = (error: null | Error | string | object, payload?: object | string | number | boolean) => void;

  export type ServerlessEventObject<Body = {}, Headers = Record<string, string>, Cookies = Record<string, string>> = Body & {
    request: { headers: Headers; cookies: Cookies };
  };

  export type ServerlessFunctionSignature<Env extends EnvironmentVariables = EnvironmentVariables, Body = {}> = (
    context: Context<Env>,
    event: ServerlessEventObject<Body>,
    callback: ServerlessCallback,
  ) => void | Promise<void>;

  export interface ResourceMap {
    [name: string]: { path: string } | undefined;
  }

  export interface RuntimeInstance {
    getFunctions(): ResourceMap;
    getAssets(): ResourceMap;
    getSync(options?: { serviceName?: string }): import("twilio/lib/rest/sync/v1/service").ServiceContext;
  }
}

declare module "@twilio-labs/serverless-runtime-types" {
  global {
    const Runtime: import("@twilio-labs/serverless-runtime-types/types").RuntimeInstance;
    namespace Twilio {
      class Response {
        setStatusCode(code: number): void;
        setBody(body: unknown): void;
        appendHeader(name: string, value: string): void;
        setHeaders(headers: Record<string, string>): void;
      }
      const twiml: typeof import("twilio").twiml;
    }
  }
}

declare module "twilio-flex-token-validator" {
  import type { Context, ServerlessCallback, ServerlessEventObject } from "@twilio-labs/serverless-runtime-types/types";

  export interface TokenResult {
    worker_sid?: string;
    identity: string;
    roles: string[];
    realm_user_id: string;
    valid: boolean;
  }

  export function validator(token: string, accountSid: string, authToken: string): Promise<TokenResult>;
  export function functionValidator<Env, Body>(
    handler: (context: Context<Env>, event: ServerlessEventObject<Body & { TokenResult: TokenResult }>, callback: ServerlessCallback) => unknown,
  ): (context: Context<Env>, event: ServerlessEventObject<Body & { Token: string }>, callback: ServerlessCallback) => void;
}
