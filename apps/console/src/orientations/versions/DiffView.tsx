import { Box, Chip, Typography } from '@mui/material';
import type { DiffEntry } from '@scenaro/api-contract';
import { useTranslate } from 'react-admin';
import { countKinds, groupDiff, showValue } from '../model/diff';

const COLORS = { added: 'success', removed: 'error', changed: 'warning' } as const;

function Value({ value, tone }: { value: unknown; tone: 'before' | 'after' }) {
  return (
    <Box
      component="pre"
      sx={{
        m: 0,
        p: 1,
        flex: 1,
        minWidth: 0,
        fontSize: 12,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
        maxHeight: 220,
        overflow: 'auto',
        borderRadius: 1,
        bgcolor: tone === 'before' ? 'rgba(211,47,47,0.07)' : 'rgba(46,125,50,0.08)',
      }}
    >
      {showValue(value)}
    </Box>
  );
}

/** A readable diff: grouped by section, each change with its path, kind, before and after. */
export function DiffView({ changes }: { changes: readonly DiffEntry[] }) {
  const translate = useTranslate();
  if (changes.length === 0) {
    return (
      <Typography color="text.secondary" data-testid="diff-empty">
        {translate('scenaro.orientations.diff.none')}
      </Typography>
    );
  }
  const counts = countKinds(changes);
  return (
    <Box data-testid="diff-view">
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('scenaro.orientations.diff.summary', counts)}
      </Typography>
      {groupDiff(changes).map((group) => (
        <Box key={group.section} sx={{ mb: 2 }} data-testid={`diff-group-${group.section}`}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {translate(`scenaro.orientations.sections.${group.section}`, { _: group.section })}
          </Typography>
          {group.entries.map((entry) => (
            <Box
              key={`${entry.kind}:${entry.path}`}
              data-testid="diff-entry"
              data-path={entry.path}
              data-kind={entry.kind}
              sx={{ borderLeft: 3, borderColor: `${COLORS[entry.kind]}.main`, pl: 1, my: 1 }}
            >
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
                <Chip
                  size="small"
                  color={COLORS[entry.kind]}
                  label={translate(`scenaro.orientations.diff.${entry.kind}`)}
                />
                <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                  {entry.path || translate('scenaro.orientations.issues.root')}
                </Typography>
              </Box>
              <Box sx={{ display: 'flex', gap: 1 }}>
                {entry.kind !== 'added' ? <Value value={entry.before} tone="before" /> : null}
                {entry.kind !== 'removed' ? <Value value={entry.after} tone="after" /> : null}
              </Box>
            </Box>
          ))}
        </Box>
      ))}
    </Box>
  );
}
