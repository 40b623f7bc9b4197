import { writeFile } from 'node:fs/promises';
import { SlugSchema } from '@/lib/contracts/catalog-inputs';
import { ExportQuerySchema } from '@/lib/contracts/asyncapi-inputs';
import { validateInput } from '../arguments';
import { InputError, UsageError } from '../exit-codes';
import { describeFsError } from '../input-files';
import { LOCAL_PRINCIPAL } from '../local-principal';
import { writeJson } from '../output';
import { defineVerb, stringFlag } from '../verb';

const COMMAND = 'export asyncapi';

/** `eventflow export asyncapi --workspace W [--version V] [--format F] [--service S | --flow F] [--out FILE]`. */
export default defineVerb({
  path: ['export', 'asyncapi'],
  summary: 'Export a workspace, one service or one flow as an AsyncAPI document, to stdout or a file.',
  positionals: [],
  flags: {
    workspace: { type: 'string', required: true, valueName: 'SLUG', description: 'The workspace to export.' },
    version: { type: 'string', valueName: '3.0.0|2.6.0', description: 'AsyncAPI version to write (default 3.0.0).' },
    format: { type: 'string', valueName: 'yaml|json', description: 'Document format (default yaml; --json without --out implies json).' },
    service: { type: 'string', valueName: 'SERVICE', description: 'Export only what this service produces and consumes.' },
    flow: { type: 'string', valueName: 'FLOW', description: 'Export only what this flow shows (not with --service).' },
    out: { type: 'string', valueName: 'FILE', description: 'Write the document to FILE instead of stdout.' },
  },
  async run(call) {
    const slug = validateInput(SlugSchema, stringFlag(call, 'workspace'), { '': '--workspace' }, COMMAND);
    const service = stringFlag(call, 'service');
    const flow = stringFlag(call, 'flow');
    const out = stringFlag(call, 'out');
    if (service !== undefined && flow !== undefined) throw new UsageError('give either --service or --flow, not both', COMMAND);
    const format = stringFlag(call, 'format');
    // --json on stdout means the document itself, as JSON.
    const documentAsJson = call.json && out === undefined;
    if (documentAsJson && format !== undefined && format !== 'json') throw new UsageError(`--json prints the document as JSON; drop --format ${format}`, COMMAND);
    const query = validateInput(
      ExportQuerySchema,
      { version: stringFlag(call, 'version'), format: documentAsJson ? 'json' : format, service, flow },
      { version: '--version', format: '--format', service: '--service', flow: '--flow' },
      COMMAND,
    );
    const [{ actorIn }, { exportWorkspaceAsyncApi }] = await Promise.all([import('@/lib/server/access'), import('@/lib/server/asyncapi/export-workspace')]);
    const db = await call.store();
    const exported = await exportWorkspaceAsyncApi(db, await actorIn(db, LOCAL_PRINCIPAL, slug), query);
    const text = exported.text.endsWith('\n') ? exported.text : `${exported.text}\n`;
    if (out === undefined) return call.out.stdout(text);
    try {
      await writeFile(out, text);
    } catch (error) {
      throw new InputError(`cannot write --out ${out}: ${describeFsError(error)}`);
    }
    const bytes = Buffer.byteLength(text);
    if (call.json) return writeJson(call.out, { file: out, bytes });
    call.out.stdout(`Wrote AsyncAPI ${query.version} (${query.format}) for workspace ${slug} to ${out} (${bytes} bytes).\n`);
  },
});
