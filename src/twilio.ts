// The typed Twilio client: `eslint-plugin-twilio-sid/twilio`. Only this entry needs the `twilio` package, and only
// its types: at run time `typedClient` returns its argument.
import type TwilioSDK from "twilio";
import type { Root, SidProperties } from "./twilio.generated.js";

// The generated tree (src/twilio.generated.ts) has three kinds of node, and `View` walks one alongside twilio's type:
// - an object (the client, a domain, a version, `sip`): members named in the node are walked, the rest kept;
// - a collection `{ $args?, $fields, $parents?, $context }`: twilio declares its call `(sid: string) => Context`; the
//   view replaces it with one that takes the SID types of `$args`, walks the context with `$context`, and gives the
//   results of `create`, `fetch`, `update`, `list`, `each` and `page` the SID fields of `$fields` and `$parents`;
// - `{ $contextOf: Collection }`: the context of a collection reached as a member (`api.v2010.account`).
// Every other member keeps the type twilio declares, so the view costs only what a program uses, and a twilio
// release that adds resources or members changes nothing here.

/** A twilio object seen through node `N` of the generated tree. */
type View<T, N> = N extends Collection
  ? Call<T, N> & ListView<T, N>
  : N extends { $contextOf: infer C extends Collection }
    ? ContextView<T, C>
    : { [K in keyof T]: K extends keyof N ? View<T[K], N[K]> : T[K] };

// Nodes are told apart by members that compare in one step: against a type with an array member, the compiler would
// compare each node's `$args` tuple with the array's methods (tens of milliseconds per node in a trace).
/** A collection node; `$args` (what each argument takes, `unknown` keeping twilio's type) may come with it. */
interface Collection {
  /** SID fields of the instances the collection returns: those of its own arguments (`sid`). */
  $fields: object;
  /** Sub-resources of the context the call returns. */
  $context: object;
}

/** The collection's call (`client.calls("CA...")`, also `get`) with the argument types of `$args`. */
type Call<T, N extends Collection> = T extends (...args: infer P) => infer C
  ? (...args: N extends { $args: infer A } ? Arguments<P, A> : P) => ContextView<C, N>
  : unknown;

/** Twilio's parameters `P` (their names and optionality) with the types of `A`, where `A` has one other than `unknown`. */
type Arguments<P extends readonly unknown[], A> = {
  [I in keyof P]: I extends keyof A ? (unknown extends A[I] ? P[I] : A[I]) : P[I];
};

/** A collection's list: `get` is the call again, methods that return instances are rebuilt. */
type ListView<T, N extends Collection> = {
  [K in keyof T]: K extends "get" ? Call<T[K], N> : Method<K, T[K], N>;
};

/** The context a collection's call returns: its sub-resources walked, its methods rebuilt. */
type ContextView<T, N extends Collection> = {
  [K in keyof T]: K extends keyof N["$context"] ? View<T[K], N["$context"][K]> : Method<K, T[K], N>;
};

/** Methods that return instances, and what they return them in. `*WithHttpInfo` wraps the same in an `ApiResponse`. */
interface Shapes {
  create: "one";
  fetch: "one";
  update: "one";
  list: "array";
  page: "page";
  each: "each";
}

/** Twilio's method `K` of type `M`, its results typed with the fields of `N`; other members as twilio declares them. */
type Method<K, M, N extends Collection> = K extends keyof Shapes
  ? Rebuild<M, N, Shapes[K], false>
  : K extends `${infer Base extends keyof Shapes}WithHttpInfo`
    ? Rebuild<M, N, Shapes[Base], true>
    : M;

/** Method `M` with the callback and result of its shape typed; `each` hands instances to a callback only. */
type Rebuild<M, N extends Collection, Shape, Http> = Shape extends "each"
  ? EachCallbackOf<M> extends (item: infer I, done: never) => void
    ? Rebuilt<M, EachCallback<Instance<I, N>>, void, { callback?: EachCallback<Instance<I, N>> }>
    : M
  : M extends (...args: never) => Promise<infer R>
    ? Rebuilt<M, ShapeCallback<Shape, Result<R, N, Shape, Http>>, Promise<Result<R, N, Shape, Http>>>
    : M;
type ShapeCallback<Shape, T> = Shape extends "one" ? ItemCallback<T> : ItemsCallback<T>;

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
 * `(callback?)`, `(params, callback?)`, or both, which twilio declares exactly when no option is required. Any other
 * shape (`create(params, headers, callback)`) is kept. Read from the last overload, so nothing is compared whole.
 */
type Rebuilt<M, C, R, Override = object> = M extends (...args: infer A) => unknown
  ? A extends [AnyFunction?]
    ? (callback?: C) => R
    : A extends [infer P extends object, AnyFunction?]
      ? P extends AnyFunction
        ? M
        : object extends P
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

/** A method's result (`Shape` in `Shapes`) with its instances typed. */
type Result<R, N extends Collection, Shape, Http> = Http extends true
  ? R extends TwilioSDK.ApiResponse<infer Body>
    ? TwilioSDK.ApiResponse<Result<Body, N, Shape, false>>
    : R
  : Shape extends "one"
    ? R extends object
      ? Instance<R, N>
      : R
    : Shape extends "array"
      ? R extends (infer I)[]
        ? Instance<I, N>[]
        : R
      : R extends { instances: (infer I)[] }
        ? { instances: Instance<I, N>[] } & R
        : R;

/**
 * An instance with its SID fields typed (`sid`, the parents' SIDs, the `*Sid` properties of `SidProperties`), its
 * sub-resource accessors walked and its `fetch` and `update` typed. An intersection with twilio's class, so it is
 * still a `CallInstance` wherever code names twilio's types.
 */
type Instance<I, N extends Collection> = {
  [K in keyof I & InstanceKey<N>]: K extends keyof N["$context"]
    ? I[K] extends () => infer L
      ? () => View<L, N["$context"][K]>
      : I[K]
    : K extends "fetch" | "update"
      ? Method<K, I[K], N>
      : string extends I[K]
        ? SidField<K, N>
        : I[K];
} & I;

/** Names `Instance` retypes where the instance has them: a set operation, so no member of `I` is tested one by one. */
type InstanceKey<N extends Collection> =
  | keyof N["$fields"]
  | keyof Parents<N>
  | keyof SidProperties
  | keyof N["$context"]
  | "fetch"
  | "update";

/** The parents' SID fields of a collection, which only collections under another one have. */
type Parents<N extends Collection> = N extends { $parents: infer P } ? P : object;

/** The SID type of an instance field: the collection's own fields first, then its parents', then `SidProperties`. */
type SidField<K, N extends Collection> = K extends keyof N["$fields"]
  ? N["$fields"][K]
  : K extends keyof Parents<N>
    ? Parents<N>[K]
    : K extends keyof SidProperties
      ? SidProperties[K]
      : never;

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
