import type { OrientationDetail } from '@scenaro/api-contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import type { ApiError } from '../../api/client';
import { asApiError, getOrientation, saveDraft, validateYaml } from '../api/orientations-api';
import { useClients } from '../api/use-clients';
import { type Doc, fromYaml, sameDocument, toYaml } from '../model/document';
import { type EditorIssue, issuesFromDetails } from '../model/issues';

/** How long typing pauses before the draft is validated by the API. */
const VALIDATE_DELAY_MS = 400;
/** How long form typing pauses before the YAML text is rewritten. */
const YAML_DELAY_MS = 250;

export type SaveOutcome = 'saved' | 'invalid' | 'conflict' | 'failed';

export interface OrientationEditorState {
  loading: boolean;
  loadError: ApiError | null;
  detail: OrientationDetail | null;
  /** The one in-memory document both views edit. */
  doc: Doc;
  /** The YAML view's text (may be ahead of `doc` when it does not parse). */
  yamlText: string;
  /** YAML syntax problems: the text does not describe a document right now. */
  syntaxIssues: EditorIssue[];
  /** Validation problems of the current text, located at their line. */
  issues: EditorIssue[];
  validating: boolean;
  /** The validation call itself failed (API down…): problems may be unknown. */
  validationError: ApiError | null;
  dirty: boolean;
  saving: boolean;
  /** Someone else saved the draft since it was loaded. */
  conflict: boolean;
  saveError: ApiError | null;
  editDocument: (next: Doc) => void;
  editYaml: (text: string) => void;
  /** Rewrites the YAML text from the document now (before showing the YAML view). */
  flushYaml: () => void;
  save: () => Promise<SaveOutcome>;
  reload: () => Promise<void>;
  dismissConflict: () => void;
}

/**
 * The editor's document, its two views, validation (debounced, by the API) and saving with
 * If-Match. Nothing here discards the user's edits: a failed or conflicting save keeps them.
 */
export function useOrientationEditor(
  tenantId: string,
  slug: string,
  { validate = true }: { validate?: boolean } = {},
): OrientationEditorState {
  const { api } = useClients();
  // A 401 (the sign-in expired) goes through the auth provider, which sends to the login page.
  // Held in a ref: react-admin gives a new function on many renders, and the load and save
  // callbacks must not change with it (a new `load` reloads the draft: a render loop).
  const logoutIfAccessDeniedNow = useLogoutIfAccessDenied();
  const logoutRef = useRef(logoutIfAccessDeniedNow);
  logoutRef.current = logoutIfAccessDeniedNow;
  const logoutIfAccessDenied = useCallback((error: ApiError) => logoutRef.current(error), []);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [detail, setDetail] = useState<OrientationDetail | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [saved, setSaved] = useState<Doc>({});
  const [doc, setDoc] = useState<Doc>({});
  const [yamlText, setYamlText] = useState('');
  const [syntaxIssues, setSyntaxIssues] = useState<EditorIssue[]>([]);
  const [issues, setIssues] = useState<EditorIssue[]>([]);
  const [validating, setValidating] = useState(false);
  const [validationError, setValidationError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [yamlStale, setYamlStale] = useState(false);
  // The text the issues were computed for, so that a late answer for an older text is dropped.
  const latestText = useRef('');

  const load = useCallback(async () => {
    setLoading(true);
    setLoadError(null);
    try {
      const loaded = await getOrientation(api, tenantId, slug);
      const text = toYaml(loaded.detail.draft);
      setDetail(loaded.detail);
      setEtag(loaded.etag);
      setSaved(loaded.detail.draft);
      setDoc(loaded.detail.draft);
      setYamlText(text);
      setYamlStale(false);
      latestText.current = text;
      setSyntaxIssues([]);
      setIssues([]);
      setConflict(false);
      setSaveError(null);
    } catch (error) {
      const failure = asApiError(error);
      setLoadError(failure);
      if (failure.status === 401) void logoutIfAccessDenied(failure);
    } finally {
      setLoading(false);
    }
  }, [api, tenantId, slug, logoutIfAccessDenied]);

  useEffect(() => {
    void load();
  }, [load]);

  // A form edit rewrites the YAML text a moment later, not on every keystroke: printing a whole
  // orientation is too slow to do per key, and the YAML view is not on screen meanwhile.
  const docRef = useRef(doc);
  docRef.current = doc;

  const flushYaml = useCallback((): string => {
    const text = toYaml(docRef.current);
    setYamlText(text);
    latestText.current = text;
    setYamlStale(false);
    return text;
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each edit restarts the pause
  useEffect(() => {
    if (!yamlStale) return;
    const timer = setTimeout(flushYaml, YAML_DELAY_MS);
    return () => clearTimeout(timer);
  }, [yamlStale, doc, flushYaml]);

  const editDocument = useCallback((next: Doc) => {
    setDoc(next);
    setYamlStale(true);
    setSyntaxIssues([]);
  }, []);

  const editYaml = useCallback((text: string) => {
    setYamlStale(false);
    setYamlText(text);
    latestText.current = text;
    const parsed = fromYaml(text);
    if (parsed.ok) {
      setDoc(parsed.doc);
      setSyntaxIssues([]);
    } else {
      setSyntaxIssues(parsed.issues);
    }
  }, []);

  // Debounced validation of the text as it is now; syntax errors are known without the API.
  useEffect(() => {
    if (loading || loadError || !validate) return;
    if (syntaxIssues.length > 0) {
      setIssues(syntaxIssues);
      setValidating(false);
      return;
    }
    const controller = new AbortController();
    setValidating(true);
    const timer = setTimeout(() => {
      validateYaml(api, yamlText, controller.signal)
        .then((result) => {
          if (latestText.current !== yamlText) return;
          setIssues(result.issues);
          setValidationError(null);
        })
        .catch((error: unknown) => {
          if ((error as Error).name === 'AbortError') return;
          setValidationError(asApiError(error));
        })
        .finally(() => {
          if (!controller.signal.aborted) setValidating(false);
        });
    }, VALIDATE_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, yamlText, syntaxIssues, loading, loadError, validate]);

  const save = useCallback(async (): Promise<SaveOutcome> => {
    if (syntaxIssues.length > 0) {
      setIssues(syntaxIssues);
      return 'invalid';
    }
    setSaving(true);
    setSaveError(null);
    const text = yamlStale ? flushYaml() : yamlText;
    try {
      const result = await saveDraft(api, tenantId, slug, doc, etag);
      const savedText = toYaml(result.detail.draft);
      setDetail(result.detail);
      setEtag(result.etag);
      setSaved(result.detail.draft);
      // The API applies the schema's defaults: show the draft as it is stored. Keep the user's
      // own text when it says the same thing (no jump under their cursor).
      if (!sameDocument(fromYamlOrNull(text), result.detail.draft)) {
        setDoc(result.detail.draft);
        setYamlText(savedText);
        latestText.current = savedText;
      } else {
        setDoc(result.detail.draft);
      }
      setIssues([]);
      return 'saved';
    } catch (error) {
      const failure = asApiError(error);
      if (failure.status === 412 || failure.code === 'precondition_failed') {
        setConflict(true);
        return 'conflict';
      }
      if (failure.details.length > 0 && (failure.status === 422 || failure.status === 400)) {
        setIssues(issuesFromDetails(text, failure.details));
        setSaveError(failure);
        return 'invalid';
      }
      setSaveError(failure);
      if (failure.status === 401) void logoutIfAccessDenied(failure);
      return 'failed';
    } finally {
      setSaving(false);
    }
  }, [
    api,
    tenantId,
    slug,
    doc,
    etag,
    yamlText,
    yamlStale,
    flushYaml,
    syntaxIssues,
    logoutIfAccessDenied,
  ]);

  return {
    loading,
    loadError,
    detail,
    doc,
    yamlText,
    syntaxIssues,
    issues,
    validating,
    validationError,
    dirty: !loading && (syntaxIssues.length > 0 || !sameDocument(doc, saved)),
    saving,
    conflict,
    saveError,
    editDocument,
    editYaml,
    flushYaml: () => {
      if (yamlStale) flushYaml();
    },
    save,
    reload: load,
    dismissConflict: () => setConflict(false),
  };
}

function fromYamlOrNull(text: string): Doc | null {
  const parsed = fromYaml(text);
  return parsed.ok ? parsed.doc : null;
}
