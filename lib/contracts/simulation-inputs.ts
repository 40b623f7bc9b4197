import { z } from 'zod';

const window = { fromMs: z.number().min(0).max(1e9).optional(), toMs: z.number().min(0).max(1e9).optional(), probability: z.number().min(0).max(1).optional() };
const name = z.string().min(1).max(200);

export const FaultSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('duplicate'), event: name, ...window }),
  z.strictObject({ kind: z.literal('out-of-order'), event: name, ...window, maxDelayMs: z.number().min(0).max(1e7).optional() }),
  z.strictObject({ kind: z.literal('malformed'), event: name, ...window }),
  z.strictObject({ kind: z.literal('outage'), consumer: name, fromMs: z.number().min(0).max(1e9), toMs: z.number().min(0).max(1e9) }),
]);

/** `POST /api/v1/workspaces/{w}/simulations` and `eventflow simulate`. */
export const SimulationRequestSchema = z.strictObject({
  flow: z.string().min(1).max(200),
  /** Stop after this many events (roots and reactions). */
  events: z.number().int().min(1).max(1_000_000).optional(),
  seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
  /** Validate each delivered payload against the consumer's pinned version. */
  validate: z.boolean().default(true),
  /** Use the flow's ready-made scenario (its reactions and faults) when one exists. */
  scenario: z.enum(['ready', 'none']).default('ready'),
  faults: z.array(FaultSchema).max(50).default([]),
});
export type SimulationRequest = z.infer<typeof SimulationRequestSchema>;
