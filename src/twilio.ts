// The typed Twilio client: `eslint-plugin-twilio-sid/twilio`. Only this entry needs the `twilio` package, and only
// its types: at run time `typedClient` returns its argument.
import type TwilioSDK from "twilio";
import type { Root, SidProperties } from "./twilio.generated.js";

// The generated tree (src/twilio.generated.ts) has three kinds of node, and `View` walks one alongside twilio's type:
// - an object (the client, a domain, a version, `sip`): members named in the node are walked, the rest kept;
// - a collection `{ $args?, $fields, $context }`: twilio declares its call `(sid: string) => Context`; the view
//   replaces it with one that takes the SID types of `$args`, walks the context with `$context`, and gives the
//   results of `create`, `fetch`, `update`, `list`, `each` and `page` the SID fields of `$fields`;
// - `{ $contextOf: Collection }`: the context of a collection reached as a member (`api.v2010.account`).
// Every other member keeps the type twilio declares, so the view costs only what a program uses, and a twilio
// release that adds resources or members changes nothing here.

/** A twilio object seen through node `N` of the generated tree. */
type View<T, N> = N extends Collection
  ? Call<T, N> & ListView<T, N>
  : N extends { $contextOf: infer C extends Collection }
    ? ContextView<T, C>
    : { [K in keyof T]: K extends keyof N ? View<T[K], N[K]> : T[K] };

interface Collection {
  /** What each argument of the call takes; `unknown` keeps twilio's type. Absent when no argument takes a SID. */
  $args?: readonly unknown[];
  /** SID fields of the instances the collection returns: those of its own arguments (`sid`). */
  $fields: object;
  /** SID fields of its parents (`accountSid`, `callSid`), where an instance has them. */
  $parents?: object;
  /** Sub-resources of the context the call returns. */
  $context: object;
}

/** The collection's call (`client.calls("CA...")`, also `get`) with the argument types of `$args`. */
type Call<T, N extends Collection> = T extends (...args: infer P) => infer C
  ? (...args: N extends { $args: infer A extends readonly unknown[] } ? Arguments<P, A> : P) => ContextView<C, N>
  : unknown;

/** Twilio's parameters `P` with the typed ones of `A`; `unknown` in `A` keeps twilio's. */
type Arguments<P extends readonly unknown[], A extends readonly unknown[]> = unknown extends A[number]
  ? { [I in keyof P]: I extends keyof A ? (unknown extends A[I] ? P[I] : A[I]) : P[I] }
  : A;

type ListView<T, N extends Collection> = {
  [K in keyof T]: K extends "get" ? Call<T[K], N> : Method<K, T[K], N>;
};

type ContextView<T, N extends Collection> = {
  [K in keyof T]: K extends keyof N["$context"] ? View<T[K], N["$context"][K]> : Method<K, T[K], N>;
};

/** Methods that return instances, by the shape of their callback. */
type ItemMethods = "create" | "fetch" | "update";
type ItemsMethods = "list" | "page";
type EachMethods = "each";

/** Twilio's method `K` of type `M`, its results typed with the fields of `N`; other members as twilio declares them. */
type Method<K, M, N extends Collection> = K extends ItemMethods | `${ItemMethods}WithHttpInfo`
  ? M extends (...args: never) => Promise<infer R> ? Rebuilt<M, ItemCallback<Result<R, N>>, Promise<Result<R, N>>> : M
  : K extends ItemsMethods | `${ItemsMethods}WithHttpInfo`
    ? M extends (...args: never) => Promise<infer R> ? Rebuilt<M, ItemsCallback<Result<R, N>>, Promise<Result<R, N>>> : M
    : K extends EachMethods | `${EachMethods}WithHttpInfo`
      ? M extends (...args: never) => unknown
        ? EachCallbackOf<M> extends (item: infer I, done: never) => void
          ? Rebuilt<M, EachCallback<Result<I, N>>, void, { callback?: EachCallback<Result<I, N>> }>
          : M
        : M
      : M;

// Twilio's callbacks, with `any` returns as twilio declares them, so callbacks that return anything still fit.
/* eslint-disable @typescript-eslint/no-explicit-any */
type ItemCallback<T> = (error: Error | null, item?: T) => any;
type ItemsCallback<T> = (error: Error | null, items: T) => any;
type EachCallback<T> = (item: T, done: (err?: Error) => void) => void;
type AnyFunction = (...args: any) => any;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The callback of `each`: its last parameter, after the options when there are some. */
type EachCallbackOf<M> = M extends (...args: infer A) => unknown ? NonNullable<A extends [unknown?] ? A[0] : A[1]> : never;

/**
 * Method `M` rebuilt with callback `C`, result `R` and typed options, when its overloads have twilio's usual shape:
 * `(callback?)`, `(params, callback?)`, or both. Any other shape (`create(params, headers, callback)`) is kept.
 */
type Rebuilt<M, C, R, Override = object> = M extends (...args: infer A) => unknown
  ? A extends [AnyFunction?]
    ? (callback?: C) => R
    : A extends [infer P extends object, AnyFunction?]
      ? P extends AnyFunction
        ? M
        : M extends (callback?: AnyFunction) => unknown
          ? { (callback?: C): R; (params: Options<P, Override>, callback?: C): R }
          : (params: Options<P, Override>, callback?: C) => R
      : M
  : M;

/**
 * Options `P` with the SID types of `SidProperties` and the members of `Override`. An empty string stays allowed: it
 * is how Twilio's update operations clear a reference (`voiceApplicationSid: ""`).
 */
type Options<P, Override> = {
  [K in keyof P]: K extends keyof Override
    ? Override[K]
    : K extends keyof SidProperties
      ? string extends P[K]
        ? SidProperties[K] | "" | Exclude<P[K], string>
        : P[K]
      : P[K];
};

/** A method's result with its instances typed: a promise's value, an `ApiResponse` body, an array, a page. */
type Result<R, N extends Collection> =
  R extends TwilioSDK.ApiResponse<infer Body>
    ? TwilioSDK.ApiResponse<Result<Body, N>>
    : R extends readonly (infer I)[]
      ? Instance<I, N>[]
      : R extends { instances: (infer I)[] }
        ? { instances: Instance<I, N>[] } & R
        : R extends object
          ? Instance<R, N>
          : R;

/**
 * An instance with its SID fields typed (`sid`, the parents' SIDs, the `*Sid` properties of `SidProperties`), its
 * sub-resource accessors walked and its `fetch` and `update` typed. An intersection with twilio's class, so it is
 * still a `CallInstance` wherever code names twilio's types.
 */
type Instance<I, N extends Collection> = {
  [K in keyof I as K extends InstanceMember<I, N> ? K : never]: K extends keyof N["$context"]
    ? I[K] extends () => infer L
      ? () => View<L, N["$context"][K]>
      : I[K]
    : K extends ItemMethods
      ? Method<K, I[K], N>
      : SidField<K, N> | Exclude<I[K], string>;
} & I;

/** The members of instance `I` that `Instance` retypes. */
type InstanceMember<I, N extends Collection> = {
  [K in keyof I]: K extends keyof N["$context"] | "fetch" | "update"
    ? K
    : string extends I[K]
      ? [SidField<K, N>] extends [never]
        ? never
        : K
      : never;
}[keyof I];

/** The SID type of an instance field: the collection's own fields first, then its parents', then `SidProperties`. */
type SidField<K, N extends Collection> = K extends keyof N["$fields"]
  ? N["$fields"][K]
  : N extends { $parents: infer P }
    ? K extends keyof P
      ? P[K]
      : SidProperty<K>
    : SidProperty<K>;
type SidProperty<K> = K extends keyof SidProperties ? SidProperties[K] : never;

/**
 * The Twilio client with every resource position typed: `client.calls(sid)` takes a `CallSid`, results carry the kind
 * of their SIDs (`message.sid` is a `MessageSid`), and options named `*Sid` take their kind. Use it for parameters and
 * fields: `constructor(private twilio: TypedTwilio)`.
 */
export type TypedTwilio = View<TwilioSDK.Twilio, Root>;

/**
 * Types a Twilio client's resource positions with the SIDs they take; at run time it returns the client itself.
 *
 * @example
 * const client = typedClient(twilio(apiKey, apiSecret, { accountSid }));
 * const message = await client.messages.create({ to, from, body });
 * await client.calls(message.sid).fetch(); // error: a MessageSid is not a CallSid
 */
export function typedClient(client: TwilioSDK.Twilio): TypedTwilio {
  return client as unknown as TypedTwilio;
}
