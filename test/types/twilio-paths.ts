// What the generated tree of src/twilio.generated.ts claims about twilio-node, as a type to check against twilio's
// declarations: every member on every path exists, every collection is callable with as many arguments as `$args`
// types, and the instances a collection returns have its `$fields`. `$parents` are typed where an instance has them
// (a queue member carries no account SID), so they are not required. test/types/fixtures/twilio.ts compiles the check
// on each TypeScript version, so a twilio release that renames a resource fails the build, not the user.

/** Each claim of node `N` that the twilio type `T` at `Path` does not hold, as a sentence; never when all hold. */
export type MissingPaths<T, N, Path extends string = "client"> = N extends { $context: infer Context }
  ? T extends (...args: infer P) => infer C
    ? Arity<P, N, Path> | Members<C, Context, `${Path}(…)`> | Members<T, N, Path> | Fields<InstanceOf<T, C>, N, Path>
    : `${Path} is not callable.`
  : N extends { $contextOf: { $context: infer Context } }
    ? Members<T, Context, Path>
    : Members<T, N, Path>;

type Members<T, N, Path extends string> = {
  [K in keyof N & string]: K extends `$${string}`
    ? never
    : K extends keyof T
      ? MissingPaths<T[K], N[K], `${Path}.${K}`>
      : `${Path}.${K} does not exist.`;
}[keyof N & string];

type Arity<P extends unknown[], N, Path extends string> = N extends { $args: infer A extends unknown[] }
  ? P["length"] extends A["length"]
    ? never
    : `${Path}(…) takes ${P["length"]} arguments, the tree types ${A["length"]}.`
  : never;

/* eslint-disable @typescript-eslint/no-explicit-any -- any arguments: only the result matters. */
/** The instance type a collection returns: from its context's `fetch`, `update` or `create`, or its list's. */
type InstanceOf<List, Context> = Context extends { fetch(...args: any): Promise<infer I> }
  ? I
  : Context extends { update(...args: any): Promise<infer I> }
    ? I
    : Context extends { create(...args: any): Promise<infer I> }
      ? I
      : List extends { list(...args: any): Promise<(infer I)[]> }
        ? I
        : List extends { create(...args: any): Promise<infer I> }
          ? I
          : never;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Fields of `$fields` the instance lacks; a collection that returns no instance (it only removes) has none to lack. */
type Fields<I, N, Path extends string> = [I] extends [never]
  ? never
  : N extends { $fields: infer F }
    ? { [K in keyof F & string]: K extends keyof I ? never : `${Path}(…) instances have no field ${K}.` }[keyof F & string]
    : never;
