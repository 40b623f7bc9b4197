import { CompatRequestSchema } from '@/lib/contracts/compat-inputs';
import { validateInput } from '../arguments';
import { EXIT, InputError } from '../exit-codes';
import { readInputFile } from '../input-files';
import { writeJson } from '../output';
import { defineVerb, stringFlag, stringList } from '../verb';

const COMMAND = 'compat';

/**
 * `eventflow compat --format F --mode M --old FILE [--old FILE …] --new FILE`: an offline
 * compatibility check of schema files, no store. Exit 0 compatible, 1 incompatible.
 */
export default defineVerb({
  path: ['compat'],
  summary: 'Check a new schema file against earlier ones (oldest first) under a compatibility mode, offline; exit 1 when incompatible.',
  positionals: [],
  flags: {
    format: { type: 'string', required: true, valueName: 'json-schema|avro', description: 'The schema format of every file.' },
    mode: {
      type: 'string',
      required: true,
      valueName: 'MODE',
      description: 'NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE.',
    },
    old: { type: 'string', required: true, multiple: true, valueName: 'FILE', description: 'An earlier version; repeat it, oldest first.' },
    new: { type: 'string', required: true, valueName: 'FILE', description: 'The candidate schema.' },
  },
  async run(call) {
    const { format, mode } = validateInput(
      CompatRequestSchema.pick({ format: true, mode: true }),
      { format: stringFlag(call, 'format'), mode: stringFlag(call, 'mode') },
      { format: '--format', mode: '--mode' },
      COMMAND,
    );
    const oldFiles = stringList(call.flags, 'old');
    const newFile = stringFlag(call, 'new') ?? '';
    const previous = await Promise.all(oldFiles.map((file) => readInputFile(file, '--old')));
    const candidate = await readInputFile(newFile, '--new');

    const { checkCompatibility, formatReport, InvalidSchemaError, SchemaTooComplexError } = await import('@/lib/domain/compatibility');
    let report;
    try {
      report = checkCompatibility({ format, mode, previous, candidate });
    } catch (error) {
      if (error instanceof InvalidSchemaError) {
        // The checker counts previous versions from 1; name the file instead.
        const file = error.which === 'candidate' ? `--new ${newFile}` : `--old ${oldFiles[error.which - 1] ?? ''}`;
        throw new InputError(`${file}: ${error.message}`);
      }
      if (error instanceof SchemaTooComplexError) throw new InputError(error.message);
      throw error;
    }
    if (call.json) writeJson(call.out, report);
    else call.out.stdout(formatReport(report, 'text'));
    return report.compatible ? EXIT.ok : EXIT.failed;
  },
});
