import type { ESLint, Rule } from "eslint";

/**
 * The objects of ESLint's rule API whose members the check compares. Scope objects are named by shape, since ESLint
 * (eslint-scope for espree, typescript-eslint's scope manager for TypeScript) and oxlint have different classes.
 */
export type ApiKind =
  | "context"
  | "sourceCode"
  | "languageOptions"
  | "parserServices"
  | "scopeManager"
  | "Scope"
  | "Variable"
  | "Reference"
  | "Definition";

/** `Kind.member` -> the rules that read it. */
export type ApiUse = Map<string, Set<string>>;

/** What a member read from one kind of object hands out, when that is another kind of object. */
const MEMBER_KINDS: Partial<Record<ApiKind, Record<string, ApiKind>>> = {
  context: { sourceCode: "sourceCode", getSourceCode: "sourceCode", languageOptions: "languageOptions" },
  sourceCode: { parserServices: "parserServices", scopeManager: "scopeManager" },
};

/** The scope kind of an object, told by the members every implementation has. */
function scopeKind(value: object): ApiKind | undefined {
  if ("childScopes" in value && "variables" in value) return "Scope";
  if ("defs" in value && "identifiers" in value) return "Variable";
  if ("identifier" in value && "from" in value) return "Reference";
  if ("node" in value && "name" in value && "parent" in value) return "Definition";
  return undefined;
}

/** True for iterators such as `Map#values()`. */
function isIterator(value: object): value is Iterator<unknown> {
  return typeof (value as { next?: unknown }).next === "function" && Symbol.iterator in value;
}

/**
 * Wraps one rule invocation's view of ESLint in proxies that note every member read (`sourceCode.getScope`,
 * `Variable.references`, ...) and hand the rule the real values, wrapped again where they are API objects. Reads
 * that yield `undefined` or `null` are not noted: a rule already copes with their absence. AST nodes pass unwrapped,
 * so node identity is untouched; each real object has one proxy, so API objects keep theirs.
 */
class Recorder {
  private readonly proxies = new WeakMap<object, object>();

  constructor(private readonly note: (member: string) => void) {}

  /** `value` as the rule should see it: API objects, their arrays, maps and iterators wrapped. */
  wrap(value: unknown, kind?: ApiKind): unknown {
    if (typeof value !== "object" || value === null) return value;
    const known = this.proxies.get(value);
    if (known) return known;
    const resolved = kind ?? scopeKind(value);
    let proxy: object;
    if (resolved) proxy = this.api(value, resolved);
    else if (Array.isArray(value)) proxy = this.array(value);
    else if (value instanceof Map) proxy = this.map(value);
    else if (isIterator(value)) proxy = this.iterator(value);
    else return value;
    this.proxies.set(value, proxy);
    return proxy;
  }

  /** An API object: member reads are noted; methods run on the real object and their results are wrapped. */
  private api(real: object, kind: ApiKind): object {
    const methods = new Map<PropertyKey, unknown>();
    // A blank target: ESLint freezes the context, and a proxy of a frozen object must return its exact values.
    return new Proxy(Object.create(null) as object, {
      get: (_, key) => {
        const value: unknown = Reflect.get(real, key, real);
        if (typeof key === "symbol") return value;
        if (value !== undefined && value !== null) this.note(`${kind}.${key}`);
        const child = MEMBER_KINDS[kind]?.[key];
        if (typeof value !== "function") return this.wrap(value, child);
        if (!methods.has(key)) {
          methods.set(key, (...args: unknown[]) => this.wrap(Reflect.apply(value, real, args), child));
        }
        return methods.get(key);
      },
      has: (_, key) => Reflect.has(real, key),
      ownKeys: () => Reflect.ownKeys(real),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(real, key);
        return descriptor && { ...descriptor, configurable: true };
      },
      getPrototypeOf: () => Reflect.getPrototypeOf(real),
    });
  }

  /** An array: its own methods run on the proxy, so every element they read comes wrapped. */
  private array(real: readonly unknown[]): object {
    return new Proxy([], {
      get: (_, key) => {
        const value: unknown = Reflect.get(real, key);
        return typeof value === "function" ? value : this.wrap(value);
      },
      has: (_, key) => Reflect.has(real, key),
      ownKeys: () => Reflect.ownKeys(real),
      getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(real, key),
    });
  }

  /** A Map (`Scope.set`): its methods need the real map; what they return or visit comes wrapped. */
  private map(real: Map<unknown, unknown>): object {
    const proxy: object = new Proxy(new Map(), {
      get: (_, key) => {
        const value: unknown = Reflect.get(real, key, real);
        if (typeof value !== "function") return value;
        if (key === "forEach") {
          return (visit: (value: unknown, key: unknown, collection: unknown) => void, self?: unknown) =>
            real.forEach((item, itemKey) => visit.call(self, this.wrap(item), itemKey, proxy));
        }
        return (...args: unknown[]) => this.wrap(Reflect.apply(value, real, args));
      },
    });
    return proxy;
  }

  /** An iterator over API objects (`scope.set.values()`, `entries()`). */
  private iterator(real: Iterator<unknown>): object {
    const wrapped: IterableIterator<unknown> = {
      next: () => {
        const step = real.next();
        return step.done ? step : { done: false, value: this.wrap(step.value) };
      },
      [Symbol.iterator]: () => wrapped,
    };
    return wrapped;
  }
}

/** True when the file is JavaScript or TypeScript (an ESTree `Program`): the only files oxlint lints. */
function isJavaScript(context: Rule.RuleContext): boolean {
  return context.sourceCode.ast.type === "Program";
}

/**
 * The plugin with each rule wrapped to note, in `use`, which members of ESLint's API it reads on JavaScript and
 * TypeScript files. The rules get the real values, so they report exactly what they report unwrapped.
 */
export function recordingPlugin(plugin: ESLint.Plugin, use: ApiUse): ESLint.Plugin {
  const rules = Object.fromEntries(
    Object.entries(plugin.rules ?? {}).map(([name, rule]) => {
      const wrapped: Rule.RuleModule = {
        ...(rule as Rule.RuleModule),
        create(context) {
          if (!isJavaScript(context)) return (rule as Rule.RuleModule).create(context);
          const recorder = new Recorder((member) => {
            const users = use.get(member) ?? new Set<string>();
            users.add(name);
            use.set(member, users);
          });
          return (rule as Rule.RuleModule).create(recorder.wrap(context, "context") as Rule.RuleContext);
        },
      };
      return [name, wrapped];
    }),
  );
  return { ...plugin, rules };
}

/**
 * An oxlint JS plugin whose one rule, `api-probe/members`, reports once per file every member oxlint's objects offer,
 * by kind, as JSON: the context, its source code, language options, parser services, scope manager, and every scope,
 * variable, reference and definition of the file. Members are read from each object and its prototypes.
 */
export const PROBE_PLUGIN = `const members = (object, found) => {
  for (let current = object; current && current !== Object.prototype; current = Object.getPrototypeOf(current)) {
    for (const name of Object.getOwnPropertyNames(current)) found.add(name);
  }
  return found;
};

export default {
  meta: { name: "api-probe" },
  rules: {
    members: {
      create(context) {
        return {
          "Program:exit"(program) {
            const { sourceCode } = context;
            const kinds = {
              context: members(context, new Set()),
              sourceCode: members(sourceCode, new Set()),
              languageOptions: members(context.languageOptions, new Set()),
              parserServices: members(sourceCode.parserServices, new Set()),
              scopeManager: members(sourceCode.scopeManager, new Set()),
              Scope: new Set(),
              Variable: new Set(),
              Reference: new Set(),
              Definition: new Set(),
            };
            for (const scope of sourceCode.scopeManager.scopes) {
              members(scope, kinds.Scope);
              for (const reference of scope.references) members(reference, kinds.Reference);
              for (const variable of scope.variables) {
                members(variable, kinds.Variable);
                for (const definition of variable.defs) members(definition, kinds.Definition);
              }
            }
            const message = JSON.stringify(Object.fromEntries(Object.entries(kinds).map(([kind, names]) => [kind, [...names]])));
            context.report({ node: program, message });
          },
        };
      },
    },
  },
};
`;

/** Merges the probe's per-file reports into one set of `Kind.member` names. */
export function offeredMembers(reports: readonly string[]): Set<string> {
  const offered = new Set<string>();
  for (const report of reports) {
    for (const [kind, names] of Object.entries(JSON.parse(report) as Record<string, string[]>)) {
      for (const name of names) offered.add(`${kind}.${name}`);
    }
  }
  return offered;
}

/** One line per member a rule reads under ESLint that oxlint does not offer: `rule: Kind.member`. */
export function missingMembers(use: ApiUse, offered: ReadonlySet<string>): string[] {
  return [...use]
    .filter(([member]) => !offered.has(member))
    .flatMap(([member, rules]) => [...rules].map((rule) => `${rule}: ${member}`))
    .sort();
}
