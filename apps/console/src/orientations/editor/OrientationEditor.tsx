import PlayIcon from '@mui/icons-material/PlayArrow';
import PublishIcon from '@mui/icons-material/Publish';
import SaveIcon from '@mui/icons-material/Save';
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Tab,
  Tabs,
  Tooltip,
  Typography,
} from '@mui/material';
import { handlerCatalogJson } from '@scenaro/orientation';
import { useEffect, useState } from 'react';
import { Link, Title, useCanAccess, useNotify, useParams, useTranslate } from 'react-admin';
import { useCurrentTenantId } from '../../tenant/use-current-tenant';
import { listHandlers, type ToolHandler } from '../api/orientations-api';
import { useClients } from '../api/use-clients';
import { ErrorAlert } from '../ErrorAlert';
import { OrientationForm } from '../form/OrientationForm';
import type { EditorIssue } from '../model/issues';
import { TryItPanel } from '../try-it/TryItPanel';
import { PublishDialog } from '../versions/PublishDialog';
import { VersionHistory } from '../versions/VersionHistory';
import { IssueList } from './IssueList';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { useOrientationEditor } from './use-orientation-editor';
import { YamlEditor } from './YamlEditor';

type EditorTab = 'form' | 'yaml' | 'history';

/** The built-in handlers, from the API; the same catalogue from the shared package if it fails. */
function useHandlers(): { handlers: ToolHandler[]; unavailable: boolean } {
  const { api } = useClients();
  const [state, setState] = useState<{ handlers: ToolHandler[]; unavailable: boolean }>({
    handlers: [],
    unavailable: false,
  });
  useEffect(() => {
    let live = true;
    listHandlers(api)
      .then((handlers) => live && setState({ handlers, unavailable: false }))
      .catch(
        () =>
          live && setState({ handlers: handlerCatalogJson() as ToolHandler[], unavailable: true }),
      );
    return () => {
      live = false;
    };
  }, [api]);
  return state;
}

function ConfirmDialog({
  open,
  title,
  text,
  actions,
  onClose,
  testId,
}: {
  open: boolean;
  title: string;
  text: string;
  actions: { label: string; onClick: () => void; primary?: boolean; testId?: string }[];
  onClose: () => void;
  testId: string;
}) {
  return (
    <Dialog open={open} onClose={onClose}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent data-testid={testId}>
        <DialogContentText>{text}</DialogContentText>
      </DialogContent>
      <DialogActions>
        {actions.map((action) => (
          <Button
            key={action.label}
            onClick={action.onClick}
            variant={action.primary ? 'contained' : 'text'}
            data-testid={action.testId}
          >
            {action.label}
          </Button>
        ))}
      </DialogActions>
    </Dialog>
  );
}

function EditorPage({ tenantId, slug }: { tenantId: string; slug: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess: canEdit = false } = useCanAccess({ resource: 'orientations', action: 'edit' });
  // Validation is a POST the API keeps for editors; a viewer cannot change anything anyway.
  const editor = useOrientationEditor(tenantId, slug, { validate: canEdit });
  const { handlers, unavailable } = useHandlers();
  const [tab, setTab] = useState<EditorTab>('form');
  const [publishing, setPublishing] = useState(false);
  const [trying, setTrying] = useState(false);
  const [askSaveBeforeTry, setAskSaveBeforeTry] = useState(false);
  const [historyKey, setHistoryKey] = useState(0);
  const [focus, setFocus] = useState<{ line: number; column?: number } | null>(null);
  const showIssue = (issue: EditorIssue) => {
    if (issue.line === undefined) return;
    editor.flushYaml();
    setTab('yaml');
    setFocus({ line: issue.line, column: issue.column });
  };
  const t = (key: string, options?: object) =>
    translate(`scenaro.orientations.editor.${key}`, options);
  const readOnly = !canEdit;

  const save = async () => {
    const outcome = await editor.save();
    if (outcome === 'saved') notify('scenaro.orientations.editor.saved', { type: 'success' });
    if (outcome === 'invalid') {
      notify('scenaro.orientations.editor.not_saved_invalid', { type: 'warning' });
    }
    return outcome;
  };

  // Ctrl/Cmd+S saves, as in every editor people know.
  // biome-ignore lint/correctness/useExhaustiveDependencies: save reads the latest editor state
  useEffect(() => {
    if (readOnly) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (editor.dirty && !editor.saving) void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [readOnly, editor.dirty, editor.saving, editor.save]);

  if (editor.loading && !editor.detail) {
    return (
      <Box sx={{ p: 4, display: 'flex', justifyContent: 'center' }}>
        <CircularProgress />
      </Box>
    );
  }
  if (editor.loadError && !editor.detail) {
    return (
      <Box sx={{ p: 2 }}>
        <ErrorAlert error={editor.loadError} />
        <Button component={Link} to="/orientations" sx={{ mt: 2 }}>
          {t('back')}
        </Button>
      </Box>
    );
  }
  const detail = editor.detail;
  if (!detail) return null;

  const changeTab = (next: EditorTab) => {
    // A YAML text that does not parse has no document to show elsewhere: fix it first.
    if (tab === 'yaml' && next !== 'yaml' && editor.syntaxIssues.length > 0) {
      notify('scenaro.orientations.editor.fix_yaml_first', { type: 'warning' });
      return;
    }
    if (next === 'yaml') editor.flushYaml();
    setTab(next);
  };

  const openTry = () => {
    if (editor.dirty) setAskSaveBeforeTry(true);
    else setTrying(true);
  };

  return (
    <Box sx={{ p: { xs: 1, md: 2 } }} data-testid="orientation-editor" data-dirty={editor.dirty}>
      <Title title={translate('scenaro.orientations.editor.title', { name: detail.name })} />
      <UnsavedChangesGuard dirty={editor.dirty} />
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 1 }}>
        <Box sx={{ flex: 1, minWidth: 240 }}>
          <Typography variant="h5" component="h1">
            {detail.name}{' '}
            <Typography component="span" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
              {detail.slug}
            </Typography>
          </Typography>
          <Box sx={{ display: 'flex', gap: 1, mt: 0.5, flexWrap: 'wrap' }}>
            <Chip
              size="small"
              data-testid="current-version"
              label={
                detail.currentVersion === null
                  ? translate('scenaro.orientations.state.never_published')
                  : translate('scenaro.orientations.state.version', {
                      version: detail.currentVersion,
                    })
              }
            />
            {detail.hasUnpublishedChanges ? (
              <Chip
                size="small"
                color="warning"
                variant="outlined"
                label={translate('scenaro.orientations.state.unpublished')}
              />
            ) : null}
            {editor.dirty ? (
              <Chip
                size="small"
                color="error"
                data-testid="dirty-indicator"
                label={translate('scenaro.orientations.state.unsaved')}
              />
            ) : null}
            {editor.validating ? (
              <Chip size="small" variant="outlined" label={t('validating')} />
            ) : null}
            {readOnly ? (
              <Chip
                size="small"
                variant="outlined"
                label={t('read_only')}
                data-testid="read-only"
              />
            ) : null}
          </Box>
        </Box>
        {canEdit ? (
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button
              variant="outlined"
              startIcon={<PlayIcon />}
              onClick={openTry}
              data-testid="try-open"
            >
              {t('try')}
            </Button>
            <Tooltip title={editor.dirty ? t('publish_save_first') : ''}>
              <span>
                <Button
                  variant="outlined"
                  startIcon={<PublishIcon />}
                  disabled={editor.dirty}
                  onClick={() => setPublishing(true)}
                  data-testid="publish-open"
                >
                  {t('publish')}
                </Button>
              </span>
            </Tooltip>
            <Button
              variant="contained"
              startIcon={editor.saving ? <CircularProgress size={16} /> : <SaveIcon />}
              disabled={!editor.dirty || editor.saving}
              onClick={() => void save()}
              data-testid="save"
            >
              {t('save')}
            </Button>
          </Box>
        ) : null}
      </Box>
      <ErrorAlert error={editor.saveError} testId="save-error" />
      {editor.validationError ? (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {t('validation_unavailable', { message: editor.validationError.message })}
        </Alert>
      ) : null}
      <Tabs
        value={tab}
        onChange={(_, next: EditorTab) => changeTab(next)}
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}
      >
        <Tab value="form" label={t('tab_form')} data-testid="tab-form" />
        <Tab
          value="yaml"
          label={
            editor.issues.length > 0 ? `${t('tab_yaml')} (${editor.issues.length})` : t('tab_yaml')
          }
          data-testid="tab-yaml"
        />
        <Tab value="history" label={t('tab_history')} data-testid="tab-history" />
      </Tabs>
      {tab === 'form' ? (
        <OrientationForm
          doc={editor.doc}
          issues={editor.issues}
          readOnly={readOnly}
          handlers={handlers}
          handlersUnavailable={unavailable}
          onChange={editor.editDocument}
          onSelectIssue={showIssue}
        />
      ) : null}
      {tab === 'yaml' ? (
        <Box>
          <YamlEditor
            value={editor.yamlText}
            issues={editor.issues}
            onChange={readOnly ? undefined : editor.editYaml}
            readOnly={readOnly}
            focus={focus}
          />
          <IssueList issues={editor.issues} onSelect={showIssue} />
        </Box>
      ) : null}
      {tab === 'history' ? (
        <VersionHistory
          tenantId={tenantId}
          slug={slug}
          canEdit={canEdit}
          refreshKey={historyKey}
          onRolledBack={() => void editor.reload()}
        />
      ) : null}

      <PublishDialog
        open={publishing}
        tenantId={tenantId}
        slug={slug}
        currentVersion={detail.currentVersion}
        onClose={() => setPublishing(false)}
        onPublished={(version) => {
          setPublishing(false);
          notify('scenaro.orientations.publish.done', {
            type: 'success',
            messageArgs: { version },
          });
          setHistoryKey((key) => key + 1);
          setTab('history');
          void editor.reload();
        }}
      />
      <ConfirmDialog
        open={editor.conflict}
        testId="conflict-dialog"
        title={t('conflict_title')}
        text={t('conflict_text')}
        onClose={editor.dismissConflict}
        actions={[
          { label: t('conflict_keep'), onClick: editor.dismissConflict },
          {
            label: t('conflict_reload'),
            primary: true,
            testId: 'conflict-reload',
            onClick: () => void editor.reload(),
          },
        ]}
      />
      <ConfirmDialog
        open={askSaveBeforeTry}
        testId="try-save-first"
        title={t('try_dirty_title')}
        text={t('try_dirty_text')}
        onClose={() => setAskSaveBeforeTry(false)}
        actions={[
          { label: translate('ra.action.cancel'), onClick: () => setAskSaveBeforeTry(false) },
          {
            label: t('try_saved_version'),
            onClick: () => {
              setAskSaveBeforeTry(false);
              setTrying(true);
            },
          },
          {
            label: t('try_save_and_try'),
            primary: true,
            onClick: async () => {
              setAskSaveBeforeTry(false);
              if ((await save()) === 'saved') setTrying(true);
            },
          },
        ]}
      />
      {canEdit ? (
        <TryItPanel
          open={trying}
          tenantId={tenantId}
          slug={slug}
          onClose={() => setTrying(false)}
        />
      ) : null}
    </Box>
  );
}

/** `/orientations/:id`: the editor of one orientation of the current tenant. */
export function OrientationEditor() {
  const translate = useTranslate();
  const { id } = useParams<{ id: string }>();
  const tenantId = useCurrentTenantId();
  if (!tenantId) {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('scenaro.orientations.no_tenant')}
      </Alert>
    );
  }
  if (!id) return null;
  const slug = decodeURIComponent(id);
  // A new tenant or orientation is a new editor: nothing of the previous one leaks in.
  return <EditorPage key={`${tenantId}/${slug}`} tenantId={tenantId} slug={slug} />;
}
