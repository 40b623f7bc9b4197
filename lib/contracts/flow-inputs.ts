import { z } from 'zod';
import { ChannelInputSchema, EventInputSchema, ServiceInputSchema, SlugSchema } from './catalog-inputs';

const kind = z.enum(['service', 'event', 'channel']);
const coordinate = z.number().finite().min(-1_000_000).max(1_000_000);
const ref = z.string().min(1).max(200);

export const FlowCreateSchema = z.strictObject({
  name: z.string().trim().min(1, 'Name is required').max(120),
  slug: SlugSchema.optional(),
  description: z.string().max(5000).default(''),
});

export const FlowNodeRefSchema = z.strictObject({ kind, refId: ref });
export const FlowNodePlacementSchema = FlowNodeRefSchema.extend({ x: coordinate, y: coordinate });

/** Positions are the view's, so moves carry no version: the last drop of a node wins. */
export const MoveNodesSchema = z.strictObject({ moves: z.array(FlowNodePlacementSchema).min(1).max(5000) });
export const AddNodesSchema = z.strictObject({ nodes: z.array(FlowNodePlacementSchema).min(1).max(5000) });
export const RemoveNodesSchema = z.strictObject({
  nodes: z.array(FlowNodeRefSchema).min(1).max(5000),
  /** `view` removes from this flow only; `catalog` deletes the items everywhere. */
  scope: z.enum(['view', 'catalog']),
});

/** Dropping a new item from the palette: it is created in the catalog and placed, in one transaction. */
export const CreateAndPlaceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('service'), x: coordinate, y: coordinate, item: ServiceInputSchema }),
  z.strictObject({ kind: z.literal('event'), x: coordinate, y: coordinate, item: EventInputSchema }),
  z.strictObject({ kind: z.literal('channel'), x: coordinate, y: coordinate, item: ChannelInputSchema }),
]);

export const ConnectSchema = z.strictObject({ source: FlowNodeRefSchema, target: FlowNodeRefSchema });
export const DisconnectSchema = z.strictObject({
  edge: z.strictObject({ kind: z.enum(['produces', 'consumes', 'on-channel']), relationId: ref }),
});
