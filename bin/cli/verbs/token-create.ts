import { SlugSchema, TokenCreateSchema } from '@/lib/contracts/catalog-inputs';
import { validateInput } from '../arguments';
import { LOCAL_PRINCIPAL } from '../local-principal';
import { writeJson } from '../output';
import { defineVerb, stringFlag } from '../verb';

/** `eventflow token create --workspace W --role R [--name N]`: the secret is printed once. */
export default defineVerb({
  path: ['token', 'create'],
  summary: 'Create an API token for a workspace; the token is printed once and only its hash is stored.',
  positionals: [],
  flags: {
    workspace: { type: 'string', required: true, valueName: 'SLUG', description: 'The workspace the token belongs to.' },
    role: { type: 'string', required: true, valueName: 'viewer|editor|owner', description: 'What the token may do.' },
    name: { type: 'string', valueName: 'NAME', description: 'A label to recognise the token by (default "api token").' },
  },
  async run(call) {
    const command = 'token create';
    const slug = validateInput(SlugSchema, stringFlag(call, 'workspace'), { '': '--workspace' }, command);
    const input = validateInput(
      TokenCreateSchema,
      { role: stringFlag(call, 'role'), name: stringFlag(call, 'name') },
      { role: '--role', name: '--name' },
      command,
    );
    const [{ actorIn }, { createApiToken }] = await Promise.all([import('@/lib/server/access'), import('@/lib/server/api-tokens')]);
    const db = await call.store();
    const created = await createApiToken(db, await actorIn(db, LOCAL_PRINCIPAL, slug), input);
    if (call.json) return writeJson(call.out, { token: created.token, id: created.id, role: created.role, name: created.name });
    // The token alone on stdout, so `TOKEN=$(eventflow token create …)` captures just it.
    call.out.stderr(`Created ${created.role} token "${created.name}" for workspace ${slug}. Store it now: it is not shown again.\n`);
    call.out.stdout(`${created.token}\n`);
  },
});
