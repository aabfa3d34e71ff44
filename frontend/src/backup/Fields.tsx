import { useId, type ReactNode } from 'react';

/** A labelled checkbox. */
export function Check({
  label,
  checked,
  onChange,
  testId,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
  disabled?: boolean;
}) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  );
}

/** A labelled field: the label above, the control below. */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** A group of options under a heading, as pgAdmin's dialogs group them. */
export function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="option-group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

/** A number input whose empty value means "pg_dump's default". */
export function NumberInput({
  id,
  value,
  onChange,
  min,
  max,
  placeholder,
}: {
  id: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
  placeholder?: string;
}) {
  return (
    <input
      id={id}
      type="number"
      className="text-input"
      value={value ?? ''}
      min={min}
      max={max}
      placeholder={placeholder}
      onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
    />
  );
}

export { Tabs as DialogTabs } from '../ui/Tabs';

/** A setter for one group of a dialog's options: {@code set({ clean: true })} changes that field of the group only. */
/** The names of a group's yes/no options, each with the text shown for it. */
type FlagTexts<G> = { [K in keyof G as G[K] extends boolean ? K : never]?: string };

/** One check box for each option named in {@code labels}, in that order; {@code testIds} marks those tests find. */
export function Checks<G extends object>({
  values,
  labels,
  testIds,
  onChange,
}: {
  values: G;
  labels: FlagTexts<G>;
  testIds?: FlagTexts<G>;
  onChange: (change: Partial<G>) => void;
}) {
  const ids: Partial<Record<string, string>> = testIds ?? {};
  return (
    <>
      {Object.entries(labels as Record<string, string>).map(([name, label]) => (
        <Check
          key={name}
          label={label}
          testId={ids[name]}
          checked={Boolean(values[name as keyof G])}
          onChange={(checked) => onChange({ [name]: checked } as Partial<G>)}
        />
      ))}
    </>
  );
}

export function groupSetter<O, K extends keyof O>(
  options: O,
  onOptions: (options: O) => void,
  group: K,
) {
  return (change: Partial<O[K]>) =>
    onOptions({ ...options, [group]: { ...options[group], ...change } });
}

/** A dialog's Cancel and main buttons. */
export function DialogButtons({
  label,
  testId,
  disabled,
  onConfirm,
  onCancel,
}: {
  label: string;
  testId: string;
  disabled: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <>
      <button type="button" className="toolbar-button" onClick={onCancel}>
        Cancel
      </button>
      <button
        type="button"
        className="toolbar-button primary"
        data-testid={testId}
        disabled={disabled}
        onClick={onConfirm}
      >
        {label}
      </button>
    </>
  );
}
