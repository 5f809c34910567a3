import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ToolHandler } from '../api/orientations-api';
import { IssueList } from '../editor/IssueList';
import type { Doc } from '../model/document';
import type { EditorIssue } from '../model/issues';
import { AdvancedSection } from './AdvancedSection';
import { FormDocProvider } from './fields';
import { IdentitySection } from './IdentitySection';
import { PromptSection } from './PromptSection';
import { ToolsSection } from './ToolsSection';
import { VariablesSection } from './VariablesSection';
import { VoiceSection } from './VoiceSection';

/** The form view of the document: every problem listed on top and shown at its field. */
export function OrientationForm({
  doc,
  issues,
  readOnly,
  handlers,
  handlersUnavailable,
  onChange,
  onSelectIssue,
}: {
  doc: Doc;
  issues: readonly EditorIssue[];
  readOnly: boolean;
  handlers: readonly ToolHandler[];
  handlersUnavailable: boolean;
  onChange: (next: Doc) => void;
  onSelectIssue?: (issue: EditorIssue) => void;
}) {
  const translate = useTranslate();
  return (
    <FormDocProvider value={{ doc, issues, readOnly, onChange }}>
      <div data-testid="orientation-form">
        <IssueList issues={issues} testId="orientation-form-issues" onSelect={onSelectIssue} />
        {handlersUnavailable ? (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {translate('scenaro.orientations.form.tools.unavailable')}
          </Alert>
        ) : null}
        <div style={{ height: 8 }} />
        <IdentitySection />
        <PromptSection />
        <VoiceSection />
        <ToolsSection handlers={handlers} />
        <VariablesSection />
        <AdvancedSection />
      </div>
    </FormDocProvider>
  );
}
