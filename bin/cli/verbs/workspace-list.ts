import { LOCAL_PRINCIPAL } from '../local-principal';
import { formatTable, writeJson } from '../output';
import { defineVerb } from '../verb';

/** `eventflow workspace list`: every workspace in the store (the CLI acts as owner). */
export default defineVerb({
  path: ['workspace', 'list'],
  summary: 'List the workspaces in the store.',
  positionals: [],
  flags: {},
  async run(call) {
    const { listWorkspaces } = await import('@/lib/server/workspaces');
    const workspaces = (await listWorkspaces(await call.store(), LOCAL_PRINCIPAL)).map(({ role: _role, ...w }) => w);
    if (call.json) return writeJson(call.out, workspaces);
    if (workspaces.length === 0) return call.out.stdout('No workspaces yet. Create one with: eventflow workspace create NAME\n');
    call.out.stdout(formatTable([['SLUG', 'NAME', 'DESCRIPTION'], ...workspaces.map((w) => [w.slug, w.name, oneLine(w.description)])]));
  },
});

function oneLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
