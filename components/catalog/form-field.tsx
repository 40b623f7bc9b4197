import type { ReactNode } from 'react';

const control =
  'mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-1 aria-[invalid=true]:border-red-500 aria-[invalid=true]:ring-red-500 border-slate-300 focus:border-brand-500 focus:ring-brand-500';

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  /** Distinguishes the ids of two forms on one page that share field names. */
  idPrefix?: string;
}

const controlId = (props: FieldProps) => `${props.idPrefix ?? 'field'}-${props.name}`;

/** Label, control, hint and the field's error; the error is announced and test-addressable. */
function FieldFrame({ children, ...props }: FieldProps & { children: ReactNode }) {
  const { name, label, error, hint, required } = props;
  const id = controlId(props);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required && <span aria-hidden="true" className="ml-0.5 text-red-600">*</span>}
      </label>
      {children}
      {hint && !error && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p>}
      {error && (
        <p id={`${id}-error`} role="alert" data-testid={`error-${name}`} className="mt-1 whitespace-pre-line text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(props: FieldProps) {
  return props.error ? `${controlId(props)}-error` : props.hint ? `${controlId(props)}-hint` : undefined;
}

/** A one-line text input with its label. */
export function TextField({ defaultValue, type = 'text', placeholder, ...props }: FieldProps & { defaultValue?: string; type?: string; placeholder?: string }) {
  return (
    <FieldFrame {...props}>
      <input
        id={controlId(props)}
        name={props.name}
        type={type}
        defaultValue={defaultValue}
        placeholder={placeholder}
        aria-invalid={Boolean(props.error)}
        aria-describedby={describedBy(props)}
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
        id={controlId(props)}
        name={props.name}
        rows={rows}
        defaultValue={defaultValue}
        placeholder={placeholder}
        spellCheck={!code}
        aria-invalid={Boolean(props.error)}
        aria-describedby={describedBy(props)}
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
        id={controlId(props)}
        name={props.name}
        defaultValue={defaultValue}
        aria-invalid={Boolean(props.error)}
        aria-describedby={describedBy(props)}
        className={control}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </FieldFrame>
  );
}
