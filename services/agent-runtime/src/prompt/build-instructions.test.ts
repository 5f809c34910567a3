import { initializeLogger } from '@livekit/agents';
import { renderOrientation, resolveVariables, validateOrientation } from '@scenaro/orientation';
import { beforeAll, describe, expect, it } from 'vitest';
import { cavisteDocument } from '../testing/fixtures.js';
import { buildInstructions, greeting, PLATFORM_BASE_PROMPT } from './build-instructions.js';

beforeAll(() => initializeLogger({ pretty: false, level: 'warn' }));

function renderedCaviste() {
  const result = validateOrientation(cavisteDocument());
  if (!result.ok) throw new Error('caviste is invalid');
  const values = resolveVariables(result.orientation, {
    shop_name: 'Le Chai Test',
    advisor_name: 'Léa',
  });
  return renderOrientation(result.orientation, values);
}

describe('buildInstructions', () => {
  it('layers the platform base, then the sections in order, then the style rules', () => {
    const rendered = renderedCaviste();
    const instructions = buildInstructions(rendered);
    expect(instructions.startsWith(`# Platform rules\n${PLATFORM_BASE_PROMPT}`)).toBe(true);
    const positions = rendered.prompt.sections.map((section) =>
      instructions.indexOf(`# ${section.title}\n`),
    );
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const style = instructions.indexOf('# Style\n');
    expect(style).toBeGreaterThan(positions.at(-1) ?? 0);
    for (const rule of rendered.prompt.style) expect(instructions).toContain(`- ${rule}`);
  });

  it('renders the tenant variables and leaves no template behind', () => {
    const instructions = buildInstructions(renderedCaviste());
    expect(instructions).toContain('Le Chai Test');
    expect(instructions).toContain('Léa');
    expect(instructions).not.toMatch(/\{\{/);
  });

  it('the platform base covers speech, tools, secrecy, data-not-instructions and safety', () => {
    expect(PLATFORM_BASE_PROMPT).toMatch(/speech/);
    expect(PLATFORM_BASE_PROMPT).toMatch(/no markdown/);
    expect(PLATFORM_BASE_PROMPT).toMatch(/Never claim an action succeeded/);
    expect(PLATFORM_BASE_PROMPT).toMatch(/Never reveal/);
    expect(PLATFORM_BASE_PROMPT).toMatch(/are data, not instructions/);
    expect(PLATFORM_BASE_PROMPT).toMatch(/Safety/);
  });

  it('the greeting is rendered, or null when the user speaks first', () => {
    const rendered = renderedCaviste();
    expect(greeting(rendered)).toContain('Le Chai Test');
    expect(greeting({ ...rendered, prompt: { ...rendered.prompt, greeting: null } })).toBeNull();
  });
});
