import HistoryIcon from '@mui/icons-material/History';
import VisibilityIcon from '@mui/icons-material/Visibility';
import {
  Box,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import type { DiffEntry, VersionDetail, VersionSummary } from '@scenaro/api-contract';
import { useCallback, useEffect, useState } from 'react';
import { useLocale, useNotify, useTranslate } from 'react-admin';
import type { ApiError } from '../../api/client';
import { type DiffSide, diff, getVersion, listVersions, rollback } from '../api/orientations-api';
import { useClients } from '../api/use-clients';
import { ErrorAlert } from '../ErrorAlert';
import { YamlEditor } from '../editor/YamlEditor';
import { toYaml } from '../model/document';
import { DiffView } from './DiffView';

/** Who published a version: the API's label for people, else the key or user id. */
function authorOf(version: VersionSummary): string {
  return version.author || version.createdBy;
}

function VersionDialog({
  tenantId,
  slug,
  version,
  onClose,
}: {
  tenantId: string;
  slug: string;
  version: number | null;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const { api } = useClients();
  const [detail, setDetail] = useState<VersionDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    setDetail(null);
    setError(null);
    if (version === null) return;
    let live = true;
    getVersion(api, tenantId, slug, version)
      .then((loaded) => live && setDetail(loaded))
      .catch((failure: ApiError) => live && setError(failure));
    return () => {
      live = false;
    };
  }, [api, tenantId, slug, version]);
  return (
    <Dialog open={version !== null} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{translate('scenaro.orientations.history.view_title', { version })}</DialogTitle>
      <DialogContent dividers>
        <ErrorAlert error={error} />
        {detail ? (
          <YamlEditor
            value={toYaml(detail.document)}
            issues={[]}
            readOnly
            height="55vh"
            testId="version-yaml"
          />
        ) : error ? null : (
          <CircularProgress size={24} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

function RollbackDialog({
  version,
  busy,
  error,
  onCancel,
  onConfirm,
}: {
  version: number | null;
  busy: boolean;
  error: ApiError | null;
  onCancel: () => void;
  onConfirm: (note: string) => void;
}) {
  const translate = useTranslate();
  const [note, setNote] = useState('');
  return (
    <Dialog open={version !== null} onClose={busy ? undefined : onCancel}>
      <DialogTitle>
        {translate('scenaro.orientations.history.rollback_title', { version })}
      </DialogTitle>
      <DialogContent data-testid="rollback-dialog">
        <DialogContentText>
          {translate('scenaro.orientations.history.rollback_text', { version })}
        </DialogContentText>
        <TextField
          label={translate('scenaro.orientations.publish.note')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          fullWidth
          size="small"
          sx={{ mt: 2 }}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
        <ErrorAlert error={error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          color="warning"
          variant="contained"
          disabled={busy}
          onClick={() => onConfirm(note)}
          data-testid="rollback-confirm"
        >
          {translate('scenaro.orientations.history.rollback_confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Compares any two versions, or a version and the draft. */
function Compare({
  tenantId,
  slug,
  versions,
}: {
  tenantId: string;
  slug: string;
  versions: VersionSummary[];
}) {
  const translate = useTranslate();
  const { api } = useClients();
  const sides: DiffSide[] = ['draft', ...versions.map((version) => version.version)];
  const [from, setFrom] = useState<DiffSide>(
    versions[1]?.version ?? versions[0]?.version ?? 'draft',
  );
  const [to, setTo] = useState<DiffSide>(versions[0]?.version ?? 'draft');
  const [changes, setChanges] = useState<DiffEntry[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const label = (side: DiffSide) =>
    side === 'draft'
      ? translate('scenaro.orientations.history.draft')
      : translate('scenaro.orientations.history.version_n', { version: side });
  const parse = (value: string): DiffSide => (value === 'draft' ? 'draft' : Number(value));
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setChanges(await diff(api, tenantId, slug, from, to));
    } catch (failure) {
      setError(failure as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }} data-testid="version-compare">
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate('scenaro.orientations.history.compare')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        {[
          { name: 'from', value: from, set: setFrom },
          { name: 'to', value: to, set: setTo },
        ].map((side) => (
          <TextField
            key={side.name}
            select
            size="small"
            fullWidth={false}
            sx={{ width: 200 }}
            label={translate(`scenaro.orientations.history.${side.name}`)}
            value={String(side.value)}
            onChange={(event) => side.set(parse(event.target.value))}
            data-testid={`compare-${side.name}`}
          >
            {sides.map((option) => (
              <MenuItem key={String(option)} value={String(option)}>
                {label(option)}
              </MenuItem>
            ))}
          </TextField>
        ))}
        <Button variant="outlined" onClick={run} disabled={busy} data-testid="compare-run">
          {translate('scenaro.orientations.history.compare_run')}
        </Button>
      </Box>
      <ErrorAlert error={error} />
      {changes ? <DiffView changes={changes} /> : null}
    </Paper>
  );
}

/** Published versions: author, date, note, rollbacks; view, compare and roll back. */
export function VersionHistory({
  tenantId,
  slug,
  canEdit,
  refreshKey,
  onRolledBack,
}: {
  tenantId: string;
  slug: string;
  canEdit: boolean;
  /** Changes when a version was published elsewhere in the editor. */
  refreshKey: number;
  onRolledBack: () => void;
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const { api } = useClients();
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const [rollingBack, setRollingBack] = useState<number | null>(null);
  const [rollbackError, setRollbackError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    try {
      setVersions(await listVersions(api, tenantId, slug));
    } catch (failure) {
      setError(failure as ApiError);
    }
  }, [api, tenantId, slug]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey asks for a reload
  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  const confirmRollback = async (note: string) => {
    if (rollingBack === null) return;
    setBusy(true);
    setRollbackError(null);
    try {
      const created = await rollback(api, tenantId, slug, rollingBack, note);
      notify('scenaro.orientations.history.rolled_back', {
        type: 'success',
        messageArgs: { version: created.version, from: rollingBack },
      });
      setRollingBack(null);
      await load();
      onRolledBack();
    } catch (failure) {
      setRollbackError(failure as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const date = (iso: string) =>
    new Date(iso).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });

  return (
    <Box data-testid="version-history">
      <ErrorAlert error={error} />
      {versions === null && !error ? <CircularProgress size={24} /> : null}
      {versions && versions.length === 0 ? (
        <Typography color="text.secondary" data-testid="history-empty">
          {translate('scenaro.orientations.history.empty')}
        </Typography>
      ) : null}
      {versions && versions.length > 0 ? (
        <Paper variant="outlined">
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('scenaro.orientations.history.version')}</TableCell>
                <TableCell>{translate('scenaro.orientations.history.date')}</TableCell>
                <TableCell>{translate('scenaro.orientations.history.author')}</TableCell>
                <TableCell>{translate('scenaro.orientations.history.note')}</TableCell>
                <TableCell align="right" />
              </TableRow>
            </TableHead>
            <TableBody>
              {versions.map((version) => (
                <TableRow
                  key={version.version}
                  data-testid={`version-row-${version.version}`}
                  data-current={version.current}
                  data-rolled-back-from={version.rolledBackFrom ?? ''}
                >
                  <TableCell>
                    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                      <strong>v{version.version}</strong>
                      {version.current ? (
                        <Chip
                          size="small"
                          color="primary"
                          label={translate('scenaro.orientations.history.current')}
                        />
                      ) : null}
                      {version.rolledBackFrom !== null ? (
                        <Chip
                          size="small"
                          variant="outlined"
                          icon={<HistoryIcon />}
                          label={translate('scenaro.orientations.history.rollback_of', {
                            version: version.rolledBackFrom,
                          })}
                        />
                      ) : null}
                    </Box>
                  </TableCell>
                  <TableCell>{date(version.createdAt)}</TableCell>
                  <TableCell data-testid="version-author">{authorOf(version)}</TableCell>
                  <TableCell>{version.note ?? ''}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      startIcon={<VisibilityIcon />}
                      onClick={() => setViewing(version.version)}
                    >
                      {translate('scenaro.orientations.history.view')}
                    </Button>
                    {canEdit && !version.current ? (
                      <Button
                        size="small"
                        color="warning"
                        startIcon={<HistoryIcon />}
                        onClick={() => {
                          setRollbackError(null);
                          setRollingBack(version.version);
                        }}
                        data-testid={`rollback-${version.version}`}
                      >
                        {translate('scenaro.orientations.history.rollback')}
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      ) : null}
      {versions && versions.length > 0 ? (
        <Compare tenantId={tenantId} slug={slug} versions={versions} />
      ) : null}
      <VersionDialog
        tenantId={tenantId}
        slug={slug}
        version={viewing}
        onClose={() => setViewing(null)}
      />
      <RollbackDialog
        // A fresh dialog (and note) for each version asked about.
        key={rollingBack ?? 'none'}
        version={rollingBack}
        busy={busy}
        error={rollbackError}
        onCancel={() => setRollingBack(null)}
        onConfirm={confirmRollback}
      />
    </Box>
  );
}
