/**
 * A README example under examples/integrations/, loaded by path: the adapters' tsc does not type-check the examples
 * (their own tsconfig does, in packages/integration's test), so the caller names the shape it uses.
 */
export const loadExample = <T>(file: string): Promise<T> =>
  import(/* @vite-ignore */ new URL(`../examples/integrations/${file}`, import.meta.url).pathname) as Promise<T>;
