import {
  FormControlLabel,
  FormHelperText,
  MenuItem,
  Switch,
  TextField,
  type TextFieldProps,
} from '@mui/material';
import { formatPath, type PathSegment } from '@scenaro/orientation';
import {
  createContext,
  memo,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useTranslate } from 'react-admin';
import type { Doc } from '../model/document';
import { field, inputFromValue, numberFromInput, setField } from '../model/form-model';
import { type EditorIssue, hasIssuesUnder, messagesAt } from '../model/issues';

// Form fields bound to a path of the document: they read it, write it back through the editor
// and show the problems the API reported at exactly that path under themselves.

export interface FormDoc {
  doc: Doc;
  issues: readonly EditorIssue[];
  readOnly: boolean;
  onChange: (next: Doc) => void;
}

/**
 * The form's state outside React's props: each field subscribes to its own value and problems,
 * so a keystroke re-renders one field rather than the hundred-odd of a whole orientation.
 */
export class FormDocStore {
  private listeners = new Set<() => void>();

  constructor(public state: FormDoc) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** New props from the editor; subscribers re-read what they use. */
  set(state: FormDoc): void {
    const changed =
      state.doc !== this.state.doc ||
      state.issues !== this.state.issues ||
      state.readOnly !== this.state.readOnly;
    this.state = state;
    if (changed) for (const listener of this.listeners) listener();
  }

  /** The document with one field changed, handed to the editor. */
  update = (path: readonly PathSegment[], value: unknown) => {
    this.state.onChange(setField(this.state.doc, path, value));
  };

  /** A whole new document (list edits, renames), handed to the editor. */
  replace = (next: Doc) => {
    this.state.onChange(next);
  };

  getDoc = () => this.state.doc;
}

const FormDocContext = createContext<FormDocStore | null>(null);

/** Gives the form's fields the editor's document, problems and rights. */
export function FormDocProvider({ value, children }: { value: FormDoc; children: ReactNode }) {
  const store = useRef<FormDocStore | null>(null);
  store.current ??= new FormDocStore(value);
  const current = store.current;
  // The latest onChange is always used, without waking subscribers for it.
  current.state = { ...current.state, onChange: value.onChange };
  useLayoutEffect(() => {
    current.set(value);
  });
  return <FormDocContext.Provider value={current}>{children}</FormDocContext.Provider>;
}

function useStore(): FormDocStore {
  const store = useContext(FormDocContext);
  if (!store) throw new Error('form field outside FormDocProvider');
  return store;
}

/**
 * A value derived from the form's state; the component re-renders only when it changes
 * (compared with Object.is: return primitives or parts of the document, which edits share).
 */
export function useFormSelect<T>(select: (state: FormDoc) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.state));
}

/** Stable functions to change the document from event handlers. */
export function useFormActions(): Pick<FormDocStore, 'update' | 'replace' | 'getDoc'> {
  const store = useStore();
  return store;
}

/** Whether the form is read only. */
export function useReadOnly(): boolean {
  return useFormSelect((state) => state.readOnly);
}

/** Whether some problem is reported at or under `path` (to flag a block). */
export function useFlagged(...paths: string[]): boolean {
  return useFormSelect((state) => paths.some((path) => hasIssuesUnder(state.issues, path)));
}

/** Problems at this exact path, and the test id the e2e flows find the field by. */
function useFieldState(path: readonly PathSegment[]) {
  const key = formatPath(path);
  const joined = useFormSelect((state) => messagesAt(state.issues, key).join(' · '));
  return { key, message: joined, error: joined.length > 0 };
}

/** Field props are equal when their paths say the same thing (paths are written inline). */
function sameFieldProps<P extends { path: readonly PathSegment[] }>(a: P, b: P): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const left = a[key as keyof P];
    const right = b[key as keyof P];
    if (key === 'path') {
      if (formatPath(a.path) !== formatPath(b.path)) return false;
    } else if (key === 'options') {
      const l = left as unknown as { value: string; label: string }[];
      const r = right as unknown as { value: string; label: string }[];
      if (
        l.length !== r.length ||
        l.some((o, i) => o.value !== r[i]?.value || o.label !== r[i]?.label)
      )
        return false;
    } else if (key !== 'sx' && !Object.is(left, right)) return false;
  }
  return true;
}

interface BaseProps {
  path: readonly PathSegment[];
  label: string;
  help?: string;
  sx?: TextFieldProps['sx'];
}

/** The document's value at `path` for this field, and a setter. */
function useFieldValue(path: readonly PathSegment[]) {
  const key = formatPath(path);
  const value = useFormSelect((state) => field(state.doc, path));
  const { update } = useFormActions();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is compared by its text
  const set = useCallback((next: unknown) => update(path, next), [update, key]);
  return { value, set };
}

/** Text; `nullable` stores an empty field as null (the schema's "none"), else as ''. */
export const DocTextField = memo(function DocTextField({
  path,
  label,
  help,
  nullable = false,
  multiline = false,
  rows = 2,
  readOnly: fieldReadOnly = false,
  sx,
}: BaseProps & {
  nullable?: boolean;
  multiline?: boolean;
  /**
   * Fixed height of a multiline field: long texts scroll inside it. Not auto-sized: the form
   * has dozens of long texts, and measuring each one on every keystroke froze the page.
   */
  rows?: number;
  readOnly?: boolean;
}) {
  const readOnly = useReadOnly();
  const { value, set } = useFieldValue(path);
  const { key, message, error } = useFieldState(path);
  return (
    <TextField
      data-testid={`field-${key}`}
      label={label}
      value={typeof value === 'string' ? value : inputFromValue(value)}
      onChange={(event) => {
        const text = event.target.value;
        set(text === '' && nullable ? null : text);
      }}
      error={error}
      helperText={error ? message : help}
      multiline={multiline}
      rows={multiline ? rows : undefined}
      fullWidth
      size="small"
      slotProps={{ input: { readOnly: readOnly || fieldReadOnly } }}
      sx={sx}
    />
  );
}, sameFieldProps);

/**
 * A number. What the user types stays on screen while it is incomplete ("0.", "-"); the
 * document gets the number, or the raw text when it is not one (validation then says why).
 */
export const DocNumberField = memo(function DocNumberField({
  path,
  label,
  help,
  nullable = false,
  sx,
}: BaseProps & { nullable?: boolean }) {
  const readOnly = useReadOnly();
  const { value, set } = useFieldValue(path);
  const { key, message, error } = useFieldState(path);
  const [text, setText] = useState(inputFromValue(value));
  useEffect(() => {
    setText((current) =>
      numberFromInput(current, nullable ? null : undefined) === value
        ? current
        : inputFromValue(value),
    );
  }, [value, nullable]);
  return (
    <TextField
      data-testid={`field-${key}`}
      label={label}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        set(numberFromInput(event.target.value, nullable ? null : undefined));
      }}
      error={error}
      helperText={error ? message : help}
      size="small"
      fullWidth
      slotProps={{ input: { readOnly }, htmlInput: { inputMode: 'decimal' } }}
      sx={sx}
    />
  );
}, sameFieldProps);

/** One of a fixed list of values (providers, modes…); an unknown value stays selectable. */
export const DocSelectField = memo(function DocSelectField({
  path,
  label,
  help,
  options,
  sx,
}: BaseProps & { options: readonly { value: string; label: string }[] }) {
  const readOnly = useReadOnly();
  const { value, set } = useFieldValue(path);
  const { key, message, error } = useFieldState(path);
  const current = typeof value === 'string' ? value : '';
  const all =
    current && !options.some((option) => option.value === current)
      ? [...options, { value: current, label: current }]
      : options;
  return (
    <TextField
      select
      data-testid={`field-${key}`}
      label={label}
      value={current}
      onChange={(event) => set(event.target.value)}
      error={error}
      helperText={error ? message : help}
      size="small"
      fullWidth
      slotProps={{ input: { readOnly } }}
      sx={sx}
    >
      {all.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}, sameFieldProps);

/** A boolean; `fallback` is what the schema's default means when the key is absent. */
export const DocSwitch = memo(function DocSwitch({
  path,
  label,
  fallback = false,
}: BaseProps & { fallback?: boolean }) {
  const readOnly = useReadOnly();
  const { value, set } = useFieldValue(path);
  const { key, message, error } = useFieldState(path);
  return (
    <div data-testid={`field-${key}`}>
      <FormControlLabel
        control={
          <Switch
            checked={typeof value === 'boolean' ? value : fallback}
            disabled={readOnly}
            onChange={(event) => set(event.target.checked)}
          />
        }
        label={label}
      />
      {error ? <FormHelperText error>{message}</FormHelperText> : null}
    </div>
  );
}, sameFieldProps);

/** The translated options of an enum whose labels live under `prefix`. */
export function useOptions(prefix: string, values: readonly string[]) {
  const translate = useTranslate();
  return values.map((value) => ({
    value,
    label: translate(`${prefix}.${value}`, { _: value }),
  }));
}
