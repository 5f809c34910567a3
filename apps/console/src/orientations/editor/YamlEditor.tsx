import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import CodeMirror from '@uiw/react-codemirror';
import { useEffect, useMemo, useRef } from 'react';
import { type EditorIssue, toDiagnostics } from '../model/issues';

const extensions = [yaml(), lintGutter(), EditorView.lineWrapping];

/**
 * The YAML view: CodeMirror 6 with YAML highlighting, line numbers and the API's problems as
 * lint diagnostics on their line (gutter marker, underline, hover message).
 */
export function YamlEditor({
  value,
  issues,
  onChange,
  readOnly = false,
  height = '60vh',
  testId = 'orientation-yaml',
  focus,
}: {
  value: string;
  issues: readonly EditorIssue[];
  onChange?: (text: string) => void;
  readOnly?: boolean;
  height?: string;
  testId?: string;
  /** A line to bring into view and put the cursor on (a new object each time it is asked). */
  focus?: { line: number; column?: number } | null;
}) {
  const view = useRef<EditorView | null>(null);
  const diagnostics = useMemo(() => toDiagnostics(value, issues), [value, issues]);

  useEffect(() => {
    const current = view.current;
    if (!current || !focus) return;
    const { doc } = current.state;
    const line = doc.line(Math.min(Math.max(focus.line, 1), doc.lines));
    const anchor = Math.min(line.from + Math.max((focus.column ?? 1) - 1, 0), line.to);
    current.dispatch({
      selection: { anchor },
      effects: EditorView.scrollIntoView(anchor, { y: 'center' }),
    });
    current.focus();
  }, [focus]);

  // The problems come from the API, not from a lint source CodeMirror runs: push them in.
  useEffect(() => {
    const current = view.current;
    if (!current) return;
    current.dispatch(setDiagnostics(current.state, diagnostics));
  }, [diagnostics]);

  return (
    <div data-testid={testId} data-issues={issues.length}>
      <CodeMirror
        value={value}
        height={height}
        extensions={extensions}
        readOnly={readOnly}
        editable={!readOnly}
        basicSetup={{ lineNumbers: true, foldGutter: true, highlightActiveLine: !readOnly }}
        onChange={onChange}
        onCreateEditor={(created) => {
          view.current = created;
          created.dispatch(setDiagnostics(created.state, diagnostics));
        }}
        style={{ fontSize: 13, border: '1px solid rgba(0,0,0,0.12)', borderRadius: 4 }}
      />
    </div>
  );
}
