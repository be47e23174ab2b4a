// Minimal declarations for the Next.js APIs the patient portal uses.
declare module "next" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export interface NextApiRequest extends IncomingMessage {
    body: any;
    query: Partial<Record<string, string | string[]>>;
    cookies: Partial<Record<string, string>>;
  }

  export interface NextApiResponse<Data = any> extends ServerResponse {
    status(code: number): NextApiResponse<Data>;
    json(body: Data): void;
    send(body: Data | string): void;
    redirect(url: string): NextApiResponse<Data>;
  }

  export type NextApiHandler<Data = any> = (req: NextApiRequest, res: NextApiResponse<Data>) => unknown;
}

declare module "next/server" {
  export class NextRequest extends Request {
    readonly nextUrl: URL;
    readonly cookies: { get(name: string): { name: string; value: string } | undefined };
  }

  export class NextResponse<Body = unknown> extends Response {
    static json<Body>(body: Body, init?: ResponseInit): NextResponse<Body>;
    static redirect(url: string | URL, status?: number): NextResponse;
  }
}
