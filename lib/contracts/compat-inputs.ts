import { z } from 'zod';
import { COMPATIBILITY_MODES, SCHEMA_FORMATS } from '@/lib/domain/model';

/** A schema travels as text or as parsed JSON; the checker receives text either way. */
const schemaText = z
  .union([z.string().min(1).max(1_000_000), z.record(z.string(), z.unknown()), z.boolean()])
  .transform((value) => (typeof value === 'string' ? value : JSON.stringify(value)));

/** `POST /api/v1/compat`: a stateless check of a candidate against earlier schemas, oldest first. */
export const CompatRequestSchema = z.strictObject({
  format: z.enum(SCHEMA_FORMATS),
  mode: z.enum(COMPATIBILITY_MODES),
  previous: z.array(schemaText).max(100, 'At most 100 previous versions'),
  candidate: schemaText,
});
export type CompatRequest = z.infer<typeof CompatRequestSchema>;

export const CompareQuerySchema = z.object({
  from: z.string().min(1).max(100),
  to: z.string().min(1).max(100),
  mode: z.enum(COMPATIBILITY_MODES).optional(),
});
