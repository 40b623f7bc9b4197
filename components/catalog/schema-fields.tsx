import { SCHEMA_FORMATS } from '@/lib/domain/model';
import { SelectField, TextAreaField, TextField } from './form-field';

const FORMAT_LABELS: Record<string, string> = { 'json-schema': 'JSON Schema', avro: 'Avro' };

/** Format, schema text, example payloads and an optional label: a version to publish. */
export function SchemaFields({ value, errors, schemaHint }: {
  value: (name: string) => string;
  errors: Record<string, string>;
  schemaHint?: string;
}) {
  return (
    <div className="space-y-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="format"
          label="Format"
          defaultValue={value('format') || 'json-schema'}
          error={errors.format}
          options={SCHEMA_FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] ?? f }))}
        />
        <TextField name="label" label="Version label" defaultValue={value('label')} error={errors.label} hint='Optional: "2" or "1.1.0"; defaults to the next number.' />
      </div>
      <TextAreaField
        name="schema"
        label="Schema"
        code
        rows={12}
        defaultValue={value('schema')}
        error={errors.schema}
        hint={schemaHint ?? 'JSON Schema (draft-07 or 2020-12) or an Avro schema, as JSON.'}
        placeholder={'{\n  "type": "object",\n  "properties": { "orderId": { "type": "string" } },\n  "required": ["orderId"]\n}'}
      />
      <TextAreaField
        name="examples"
        label="Examples"
        code
        rows={5}
        defaultValue={value('examples')}
        error={errors.examples}
        hint="A JSON array of example payloads; each must validate against the schema."
        placeholder={'[\n  { "orderId": "o-1001" }\n]'}
      />
    </div>
  );
}
