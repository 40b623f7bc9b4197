import { z } from 'zod';

export const ExportQuerySchema = z
  .object({
    version: z.enum(['3.0.0', '2.6.0']).default('3.0.0'),
    format: z.enum(['yaml', 'json']).default('yaml'),
    service: z.string().min(1).max(200).optional(),
    flow: z.string().min(1).max(200).optional(),
  })
  .refine((q) => !(q.service && q.flow), { message: 'Give either service or flow, not both', path: ['service'] });
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

/** Uploaded spec files: several when they reference each other by relative path. */
export const ImportBodySchema = z.strictObject({
  files: z
    .array(
      z.strictObject({
        path: z.string().trim().min(1).max(300).regex(/^[^\0]+$/, 'Invalid file name'),
        text: z.string().min(1, 'File is empty').max(20_000_000),
      }),
    )
    .min(1, 'Upload at least one file')
    .max(50, 'At most 50 files'),
});
export type ImportBody = z.infer<typeof ImportBodySchema>;
