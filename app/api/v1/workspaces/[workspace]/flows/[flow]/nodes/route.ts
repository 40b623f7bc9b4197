import { z } from 'zod';
import { AddNodesSchema, CreateAndPlaceSchema, MoveNodesSchema, RemoveNodesSchema } from '@/lib/contracts/flow-inputs';
import { addNodes, createAndPlace, moveNodes, removeNodes } from '@/lib/server/flows/flow-edits';
import { actorFor, json, parseWith, readBody, route } from '@/lib/server/http';

type P = { workspace: string; flow: string };

/** POST places existing items (`{nodes}`) or creates a new one and places it (`{kind, x, y, item}`). */
export const POST = route<P>(async (ctx, p) => {
  const actor = await actorFor(ctx, p.workspace);
  // One bounded read, then the shape it names is validated (keeping that shape's precise errors).
  const body = await readBody(ctx.request, z.record(z.string(), z.unknown()));
  if ('nodes' in body) return json(await addNodes(ctx.db, actor, p.flow, parseWith(AddNodesSchema, body)), 201);
  return json(await createAndPlace(ctx.db, actor, p.flow, parseWith(CreateAndPlaceSchema, body)), 201);
});

/** PATCH saves positions after a drag stops. */
export const PATCH = route<P>(async (ctx, p) => json(await moveNodes(ctx.db, await actorFor(ctx, p.workspace), p.flow, await readBody(ctx.request, MoveNodesSchema))));

/** DELETE removes nodes from this view (`scope: view`) or deletes the items from the catalog (`scope: catalog`). */
export const DELETE = route<P>(async (ctx, p) => json(await removeNodes(ctx.db, await actorFor(ctx, p.workspace), p.flow, await readBody(ctx.request, RemoveNodesSchema))));
