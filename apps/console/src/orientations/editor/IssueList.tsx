import { Alert, List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EditorIssue } from '../model/issues';

/** The problems of the draft as a list (line, path, message), under the YAML view or the form. */
export function IssueList({
  issues,
  testId = 'orientation-issues',
  onSelect,
}: {
  issues: readonly EditorIssue[];
  testId?: string;
  /** Called when the user picks a problem (to show it at its line). */
  onSelect?: (issue: EditorIssue) => void;
}) {
  const translate = useTranslate();
  if (issues.length === 0) return null;
  return (
    <Alert severity="error" data-testid={testId} sx={{ mt: 1 }}>
      {translate('scenaro.orientations.issues.count', { smart_count: issues.length })}
      <List dense disablePadding>
        {issues.map((issue, index) => (
          <ListItem
            // Issues have no identity of their own; their order is stable for one text.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            disableGutters
            onClick={onSelect && issue.line !== undefined ? () => onSelect(issue) : undefined}
            sx={{ cursor: onSelect && issue.line !== undefined ? 'pointer' : undefined }}
            data-testid="orientation-issue"
            data-path={issue.path}
            data-line={issue.line ?? ''}
          >
            <ListItemText
              primary={issue.message}
              secondary={[
                issue.line !== undefined
                  ? translate('scenaro.orientations.issues.line', {
                      line: issue.line,
                      column: issue.column ?? 1,
                    })
                  : null,
                issue.path || translate('scenaro.orientations.issues.root'),
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
