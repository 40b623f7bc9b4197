import type { ReactNode } from 'react';

const control =
  'mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-1 aria-[invalid=true]:border-red-500 aria-[invalid=true]:ring-red-500 border-slate-300 focus:border-brand-500 focus:ring-brand-500';

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
}

/** Label, control, hint and the field's error; the error is announced and test-addressable. */
function FieldFrame({ name, label, error, hint, required, children }: FieldProps & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={`field-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
        {required && <span aria-hidden="true" className="ml-0.5 text-red-600">*</span>}
      </label>
      {children}
      {hint && !error && <p id={`hint-${name}`} className="mt-1 text-xs text-slate-500">{hint}</p>}
      {error && (
        <p id={`error-${name}`} role="alert" data-testid={`error-${name}`} className="mt-1 whitespace-pre-line text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(name: string, error?: string, hint?: ReactNode) {
  return error ? `error-${name}` : hint ? `hint-${name}` : undefined;
}

/** A one-line text input with its label. */
export function TextField({ defaultValue, type = 'text', placeholder, ...props }: FieldProps & { defaultValue?: string; type?: string; placeholder?: string }) {
  return (
    <FieldFrame {...props}>
      <input
        id={`field-${props.name}`}
        name={props.name}
        type={type}
        defaultValue={defaultValue}
        placeholder={placeholder}
        aria-invalid={Boolean(props.error)}
        aria-describedby={describedBy(props.name, props.error, props.hint)}
        className={control}
      />
    </FieldFrame>
  );
}

/** A multi-line input; `code` switches to a monospace font for schemas and JSON. */
export function TextAreaField({ defaultValue, rows = 4, code = false, placeholder, ...props }: FieldProps & { defaultValue?: string; rows?: number; code?: boolean; placeholder?: string }) {
  return (
    <FieldFrame {...props}>
      <textarea
        id={`field-${props.name}`}
        name={props.name}
        rows={rows}
        defaultValue={defaultValue}
        placeholder={placeholder}
        spellCheck={!code}
        aria-invalid={Boolean(props.error)}
        aria-describedby={describedBy(props.name, props.error, props.hint)}
        className={`${control} ${code ? 'font-mono text-xs leading-relaxed' : ''}`}
      />
    </FieldFrame>
  );
}

/** A select from fixed options, each `{ value, label }`. */
export function SelectField({ defaultValue, options, ...props }: FieldProps & { defaultValue?: string; options: Array<{ value: string; label: string }> }) {
  return (
    <FieldFrame {...props}>
      <select
        id={`field-${props.name}`}
        name={props.name}
        defaultValue={defaultValue}
        aria-invalid={Boolean(props.error)}
        aria-describedby={describedBy(props.name, props.error, props.hint)}
        className={control}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </FieldFrame>
  );
}
