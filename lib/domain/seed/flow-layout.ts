import type { FlowNodeSpec } from '../catalog-document';

export type FlowNodeRef = Pick<FlowNodeSpec, 'kind' | 'name'>;

export interface ColumnLayoutOptions {
  /** Horizontal distance between columns. */
  columnGap?: number;
  /** Vertical distance between nodes of one column. */
  rowGap?: number;
}

/**
 * Lays nodes out left to right: one column per inner array, each column
 * centred vertically on the tallest one, so a flow reads like its causality.
 *
 * @example
 * columnLayout([[{ kind: 'service', name: 'A' }], [{ kind: 'event', name: 'E' }, { kind: 'event', name: 'F' }]])
 * // → A at (0, 75), E at (300, 0), F at (300, 150)
 */
export function columnLayout(columns: FlowNodeRef[][], options: ColumnLayoutOptions = {}): FlowNodeSpec[] {
  const columnGap = options.columnGap ?? 300;
  const rowGap = options.rowGap ?? 150;
  const tallest = Math.max(0, ...columns.map((column) => column.length));
  const middle = ((tallest - 1) / 2) * rowGap;
  return columns.flatMap((column, columnIndex) =>
    column.map((node, rowIndex) => ({
      kind: node.kind,
      name: node.name,
      x: columnIndex * columnGap,
      y: Math.round(middle + (rowIndex - (column.length - 1) / 2) * rowGap),
    })),
  );
}

/** Shorthands so flow definitions read as lists of names. */
export const service = (name: string): FlowNodeRef => ({ kind: 'service', name });
export const event = (name: string): FlowNodeRef => ({ kind: 'event', name });
export const channel = (name: string): FlowNodeRef => ({ kind: 'channel', name });
