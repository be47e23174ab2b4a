// Minimal React declarations for the Flex plugin and the softphone (React is not installed at the repository root).
declare namespace JSX {
  type Element = import("react").ReactElement;
  // Function components may return any ReactNode, as with React 18's own types.
  type ElementType = string | ((props: any) => import("react").ReactNode);
  interface ElementChildrenAttribute {
    children: {};
  }
  interface IntrinsicAttributes {
    key?: string | number;
  }
  interface IntrinsicElements {
    [element: string]: any;
  }
}

declare module "react" {
  export interface ReactElement {
    readonly type: unknown;
    readonly props: unknown;
  }
  export type ReactNode = ReactElement | string | number | boolean | null | undefined | readonly ReactNode[];
  export type PropsWithChildren<P = {}> = P & { children?: ReactNode };
  export type FC<P = {}> = (props: PropsWithChildren<P>) => ReactNode;
  export type ComponentType<P = {}> = FC<P>;
  export type Dispatch<A> = (value: A) => void;
  export type SetStateAction<S> = S | ((previous: S) => S);

  export function useState<S>(initial: S | (() => S)): [S, Dispatch<SetStateAction<S>>];
  export function useState<S = undefined>(): [S | undefined, Dispatch<SetStateAction<S | undefined>>];
  export function useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
  export function useCallback<T extends (...args: any[]) => any>(callback: T, deps: readonly unknown[]): T;
  export function useMemo<T>(factory: () => T, deps: readonly unknown[]): T;
  export function useRef<T>(initial: T): { current: T };
  export function createContext<T>(value: T): { Provider: FC<{ value: T }> };
  export function useContext<T>(context: { Provider: FC<{ value: T }> }): T;

  const React: { createElement(type: unknown, props?: unknown, ...children: ReactNode[]): ReactElement };
  export default React;
}

declare module "react/jsx-runtime" {
  export function jsx(type: unknown, props: unknown, key?: string): import("react").ReactElement;
  export function jsxs(type: unknown, props: unknown, key?: string): import("react").ReactElement;
  export const Fragment: unique symbol;
}

declare module "react-dom/client" {
  export function createRoot(container: Element): { render(node: import("react").ReactNode): void };
}
