import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateOrientationSource } from '@scenaro/orientation';
import { describe, expect, it } from 'vitest';
import {
  hasIssuesUnder,
  issuesFromDetails,
  locateInYaml,
  messagesAt,
  toDiagnostics,
} from './issues';
import { parsePath } from './paths';

const repoRoot = join(import.meta.dirname, '../../../../..');
const source = readFileSync(join(repoRoot, 'orientations/caviste.yaml'), 'utf8');
const lines = source.split('\n');
const lineOf = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line)) + 1;

describe('paths', () => {
  it('reads the paths the API reports', () => {
    expect(parsePath('voice.llm.temperature')).toEqual(['voice', 'llm', 'temperature']);
    expect(parsePath('tools[3].parameters.query')).toEqual(['tools', 3, 'parameters', 'query']);
    expect(parsePath('variables["Shop Name"].label')).toEqual(['variables', 'Shop Name', 'label']);
    expect(parsePath('')).toEqual([]);
    expect(parsePath('If-Match')).toEqual(['If-Match']);
  });
});

describe('locating a path in YAML', () => {
  it('finds the key of a field and the item of a list', () => {
    expect(locateInYaml(source, ['voice', 'maxToolSteps'])).toEqual({
      line: lineOf(/^ {2}maxToolSteps:/),
      column: 3,
    });
    const sectionLine = lineOf(/^ {4}- id: conseil/);
    expect(locateInYaml(source, ['prompt', 'sections', 1])?.line).toBe(sectionLine);
  });

  it('falls back to the nearest existing ancestor for a missing field', () => {
    expect(locateInYaml(source, ['voice', 'llm', 'nope'])?.line).toBe(lineOf(/^ {2}llm:/));
  });

  it('puts the details of a failed save (paths only) at their lines', () => {
    const [issue] = issuesFromDetails(source, [
      { path: 'voice.llm.temperature', message: 'too hot' },
    ]);
    expect(issue).toMatchObject({
      path: 'voice.llm.temperature',
      line: lineOf(/^ {4}temperature:/),
    });
  });
});

describe('validation problems in the editor', () => {
  const broken = source.replace(/^ {2}maxToolSteps: 5$/m, '  maxToolSteps: -3');
  const result = validateOrientationSource(broken, 'yaml');
  const issues = result.ok ? [] : result.issues;

  it('marks the reported line in the YAML view', () => {
    expect(broken).not.toBe(source);
    const issue = issues.find((item) => item.path === 'voice.maxToolSteps');
    expect(issue?.line).toBe(lineOf(/^ {2}maxToolSteps:/));
    const [diagnostic] = toDiagnostics(broken, issue ? [issue] : []);
    const brokenLines = broken.split('\n');
    const lineStart = brokenLines.slice(0, (issue?.line ?? 1) - 1).join('\n').length + 1;
    expect(diagnostic?.from).toBe(lineStart + 2);
    expect(broken.slice(diagnostic?.from, diagnostic?.to)).toBe('maxToolSteps: -3');
    expect(diagnostic?.message).toContain('voice.maxToolSteps');
  });

  it('shows the message at the form field with that path, and flags its section', () => {
    expect(messagesAt(issues, 'voice.maxToolSteps')).toHaveLength(1);
    expect(messagesAt(issues, 'voice.llm.temperature')).toEqual([]);
    expect(hasIssuesUnder(issues, 'voice')).toBe(true);
    expect(hasIssuesUnder(issues, 'variables')).toBe(false);
    expect(hasIssuesUnder([{ path: 'tools[2].name', message: 'x' }], 'tools')).toBe(true);
    expect(hasIssuesUnder([{ path: 'toolsExtra', message: 'x' }], 'tools')).toBe(false);
  });

  it('clamps diagnostics to a text that has since become shorter', () => {
    const [diagnostic] = toDiagnostics('a: 1\n', [
      { path: 'x', message: 'm', line: 40, column: 9 },
    ]);
    expect(diagnostic).toMatchObject({ from: 5, to: 5 });
  });
});
