// Minimal declarations for the parts of express the corpus uses (express is not installed at the repository root).
declare module "express" {
  import type { IncomingMessage, Server, ServerResponse } from "node:http";

  export interface ParamsDictionary {
    [key: string]: string;
  }

  export type Query = Record<string, string | string[] | undefined>;

  export interface Request<P = ParamsDictionary, ResBody = any, ReqBody = any, ReqQuery = Query>
    extends IncomingMessage {
    body: ReqBody;
    params: P;
    query: ReqQuery;
    originalUrl: string;
    protocol: string;
    path: string;
    ip?: string;
    get(name: string): string | undefined;
    header(name: string): string | undefined;
  }

  export interface Response<ResBody = any> extends ServerResponse {
    locals: Record<string, any>;
    status(code: number): this;
    sendStatus(code: number): this;
    send(body?: ResBody | string | Buffer): this;
    json(body: ResBody): this;
    type(type: string): this;
    set(field: string, value: string): this;
    redirect(url: string): void;
  }

  export type NextFunction = (error?: unknown) => void;

  export type RequestHandler<P = ParamsDictionary, ResBody = any, ReqBody = any, ReqQuery = Query> = (
    req: Request<P, ResBody, ReqBody, ReqQuery>,
    res: Response<ResBody>,
    next: NextFunction,
  ) => unknown;

  export type ErrorRequestHandler = (error: any, req: Request, res: Response, next: NextFunction) => unknown;

  type Handler = RequestHandler<any, any, any, any> | ErrorRequestHandler;

  export interface Router {
    use(...handlers: (Handler | Router)[]): this;
    use(path: string, ...handlers: (Handler | Router)[]): this;
    get(path: string, ...handlers: RequestHandler<any, any, any, any>[]): this;
    post(path: string, ...handlers: RequestHandler<any, any, any, any>[]): this;
    put(path: string, ...handlers: RequestHandler<any, any, any, any>[]): this;
    delete(path: string, ...handlers: RequestHandler<any, any, any, any>[]): this;
  }

  export interface Application extends Router {
    set(setting: string, value: unknown): this;
    listen(port: number | string, callback?: () => void): Server;
  }

  interface Express {
    (): Application;
    Router(): Router;
    json(options?: { limit?: string }): RequestHandler;
    urlencoded(options: { extended: boolean }): RequestHandler;
    static(root: string): RequestHandler;
  }

  export function Router(): Router;

  const express: Express;
  export default express;
}
