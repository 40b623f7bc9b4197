import { getViewportForBounds, type Rect } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

const PADDING = 40;
const MAX_SIDE = 6000;

/**
 * Renders every node of the flow (not just what is on screen) to a PNG or SVG and downloads it.
 * Works on `.react-flow__viewport` with a transform that fits `bounds` into the image.
 *
 * @example
 * await exportFlowImage('svg', rf.getNodesBounds(rf.getNodes()), 'order-saga');
 */
export async function exportFlowImage(format: 'png' | 'svg', bounds: Rect, fileName: string, root: ParentNode = document): Promise<void> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('The canvas is not on the page.');
  const width = Math.min(MAX_SIDE, Math.max(320, Math.ceil(bounds.width + PADDING * 2)));
  const height = Math.min(MAX_SIDE, Math.max(240, Math.ceil(bounds.height + PADDING * 2)));
  const fit = getViewportForBounds(bounds, width, height, 0.05, 1, `${PADDING}px`);
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})` },
  };
  const url = format === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
  const link = document.createElement('a');
  link.download = `${fileName}.${format}`;
  link.href = url;
  document.body.appendChild(link);
  link.click();
  link.remove();
}
