import { z } from 'zod';
import { validateInput } from '../arguments';
import { EXIT, UsageError } from '../exit-codes';
import { CHECK_FORMATS } from '../check/formats';
import { defineVerb, stringFlag } from '../verb';

const COMMAND = 'check';

const CheckArgsSchema = z.object({
  server: z.url({ protocol: /^https?$/, error: 'give the server\'s http(s) address, e.g. http://localhost:3000' }),
  token: z.string().trim().min(1, 'give an API token (eventflow token create)'),
  format: z.enum(CHECK_FORMATS),
  path: z.string().min(1),
});

/**
 * `eventflow check [PATH] --server URL --token T [--format F]`: compares local schema files
 * with the registry's latest versions, under each event's mode; exit 1 on a breaking change.
 */
export default defineVerb({
  path: ['check'],
  summary:
    "Compare local schemas with a running Eventflow server's latest versions under each event's compatibility mode; exit 1 on any breaking change.",
  positionals: [
    {
      name: 'PATH',
      required: false,
      description: 'A directory of <event>.schema.json / <event>.avsc files, one such file, or an AsyncAPI document (default ".").',
    },
  ],
  flags: {
    server: { type: 'string', required: true, valueName: 'URL', description: 'The Eventflow server, e.g. http://localhost:3000.' },
    token: { type: 'string', required: true, valueName: 'TOKEN', description: "An API token; its workspace is the one checked against." },
    format: {
      type: 'string',
      valueName: 'text|json|markdown|junit',
      description: 'Output: text (default), json, markdown (a pull-request comment) or junit (XML for CI).',
    },
  },
  async run(call) {
    const requested = stringFlag(call, 'format');
    if (call.json && requested !== undefined && requested !== 'json') throw new UsageError(`--json and --format ${requested} disagree; give one`, COMMAND);
    const args = validateInput(
      CheckArgsSchema,
      {
        server: stringFlag(call, 'server'),
        token: stringFlag(call, 'token'),
        format: requested ?? (call.json ? 'json' : 'text'),
        path: typeof call.positionals.PATH === 'string' ? call.positionals.PATH : '.',
      },
      { server: '--server', token: '--token', format: '--format', path: 'PATH' },
      COMMAND,
    );
    const [{ readLocalSchemas }, { registryClient, checkSchemas }, { renderChecks }, { fails }] = await Promise.all([
      import('../check/local-schemas'),
      import('../check/registry-client'),
      import('../check/formats'),
      import('../check/check-result'),
    ]);
    const locals = await readLocalSchemas(args.path);
    const checks = await checkSchemas(registryClient(args.server, args.token), locals);
    call.out.stdout(renderChecks(checks, args.format));
    return checks.some(fails) ? EXIT.failed : EXIT.ok;
  },
});
