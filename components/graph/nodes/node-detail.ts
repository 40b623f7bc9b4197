import { createContext } from 'react';

/** How much a node card draws: everything, or (a large flow seen from afar) a plain box of its kind's colour. */
export type NodeDetail = 'card' | 'box';

/** Below this zoom a card's text is a few pixels tall: unreadable, yet the costliest thing to draw. */
export const BOX_BELOW_ZOOM = 0.4;

/**
 * The detail a node gets: boxes only on large flows (small ones always look the same), when zoomed out, and never in an image export.
 *
 * @example
 * nodeDetailAt({ zoom: 0.2, large: true, exporting: false }); // 'box'
 */
export function nodeDetailAt({ zoom, large, exporting }: { zoom: number; large: boolean; exporting: boolean }): NodeDetail {
  return large && !exporting && zoom < BOX_BELOW_ZOOM ? 'box' : 'card';
}

/** Provided once by the editor, so a thousand cards do not each subscribe to the zoom. */
export const NodeDetailContext = createContext<NodeDetail>('card');
