import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while the server renders and while the browser hydrates that HTML, true from the next
 * render on: for parts worth rendering in the browser only (React re-renders them once hydrated).
 * @example const inBrowser = useInBrowser(); return inBrowser ? <Editor /> : <p>Loading…</p>;
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(never, () => true, () => false);
}
