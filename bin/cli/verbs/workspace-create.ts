import { WorkspaceCreateSchema } from '@/lib/contracts/catalog-inputs';
import { validateInput } from '../arguments';
import { LOCAL_PRINCIPAL } from '../local-principal';
import { writeJson } from '../output';
import { defineVerb, stringFlag } from '../verb';

/** `eventflow workspace create NAME [--slug S] [--description D]`. */
export default defineVerb({
  path: ['workspace', 'create'],
  summary: 'Create a workspace (its slug defaults to the name, lower-cased and dashed).',
  positionals: [{ name: 'NAME', required: true, description: 'The workspace name, e.g. "Team A".' }],
  flags: {
    slug: { type: 'string', valueName: 'SLUG', description: 'URL slug: lowercase letters, digits and dashes.' },
    description: { type: 'string', valueName: 'TEXT', description: 'What the workspace is for.' },
  },
  async run(call) {
    const input = validateInput(
      WorkspaceCreateSchema,
      { name: call.positionals.NAME, slug: stringFlag(call, 'slug'), description: stringFlag(call, 'description') },
      { name: 'NAME', slug: '--slug', description: '--description' },
      'workspace create',
    );
    // lib/server loads on use, so help and usage errors answer without loading the database stack.
    const { createWorkspace } = await import('@/lib/server/workspaces');
    const workspace = await createWorkspace(await call.store(), LOCAL_PRINCIPAL, input);
    if (call.json) return writeJson(call.out, workspace);
    call.out.stdout(`Created workspace "${workspace.name}" (slug ${workspace.slug}, id ${workspace.id}).\n`);
  },
});
