import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ConsoleE2EContext, SCREENSHOTS } from '../harness';

// Orientations in the browser: the caviste greeting edited in the form and seen in the YAML
// view, an invalid value shown at its line and at its field, save, publish with the diff
// preview, version n+1 in the history, rollback to n+2, a conflicting save, the unsaved-changes
// guard, "Try it" without a playground, and a viewer who can read but not change anything.

const GREETING = 'Bonsoir et bienvenue chez {{shop_name}} ! Que puis-je vous servir ?';

/** The draft as the API has it (admin key). */
async function draftOf(ctx: ConsoleE2EContext) {
  const response = await ctx.call({
    method: 'GET',
    url: `/v1/tenants/${ctx.tenant.id}/orientations/caviste`,
  });
  expect(response.statusCode).toBe(200);
  return response.json<{
    currentVersion: number | null;
    hasUnpublishedChanges: boolean;
    draft: { prompt: { greeting: string }; voice: { maxToolSteps: number } };
  }>();
}

/** Opens the caviste editor and waits until the user's rights are known. */
async function openEditor(ctx: ConsoleE2EContext, page: Page, role: 'editor' | 'viewer') {
  await ctx.goto(page, '/orientations/caviste');
  await page.waitForSelector('[data-testid=orientation-form]', { timeout: 20_000 });
  await page.waitForSelector(role === 'editor' ? '[data-testid=save]' : '[data-testid=read-only]', {
    timeout: 20_000,
  });
}

/** What the user sees (the editor page is long: a full-page shot hides dialogs in it). */
async function screenshotViewport(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

const greetingField = '[data-testid="field-prompt.greeting"] textarea:not([aria-hidden])';

/**
 * Scrolls the YAML view until a line containing `text` is rendered (CodeMirror only renders
 * what is on screen) and returns that line.
 */
async function scrollYamlTo(page: Page, text: string) {
  const scroller = '[data-testid=orientation-yaml] .cm-scroller';
  await page.waitForSelector(scroller);
  await page.$eval(scroller, (element) => {
    element.scrollTop = 0;
  });
  for (let step = 0; step < 200; step++) {
    const line = page.locator('[data-testid=orientation-yaml] .cm-line', { hasText: text });
    if ((await line.count()) > 0) {
      await line.first().scrollIntoViewIfNeeded();
      return line.first();
    }
    const atEnd = await page.$eval(scroller, (element) => {
      const before = element.scrollTop;
      element.scrollTop += element.clientHeight * 0.8;
      return element.scrollTop === before;
    });
    if (atEnd) break;
    await page.waitForTimeout(30);
  }
  throw new Error(`"${text}" is not in the YAML view`);
}

export function registerOrientationFlows(ctx: ConsoleE2EContext): void {
  describe('orientations', { timeout: 180_000 }, () => {
    it('edits the greeting in the form, sees it in YAML, an invalid value at its place, saves, publishes and rolls back', async () => {
      const start = await draftOf(ctx);
      const n = start.currentVersion ?? 0;
      expect(n).toBeGreaterThanOrEqual(1);

      const page = await ctx.newPage();
      await ctx.signIn(page, 'editor');
      await ctx.goto(page, '/orientations');
      const row = page.locator('tr', { hasText: 'caviste' }).first();
      await row.waitFor({ timeout: 20_000 });
      expect(await row.textContent()).toContain(`v${n}`);
      await ctx.screenshot(page, 'orientations-list');
      await row.click();
      await page.waitForSelector('[data-testid=orientation-form]', { timeout: 20_000 });
      await page.waitForSelector('[data-testid=save]', { timeout: 20_000 });
      expect(await page.isDisabled('[data-testid=save]')).toBe(true);

      // The form: the greeting, edited; the editor says there are unsaved changes.
      await page.fill(greetingField, GREETING);
      await page.waitForSelector('[data-testid=dirty-indicator]');
      await screenshotViewport(page, 'orientation-editor-form');

      // The YAML view shows the same document.
      await page.click('[data-testid=tab-yaml]');
      const greetingLine = await scrollYamlTo(page, 'Bonsoir et bienvenue');
      expect(await greetingLine.textContent()).toContain(GREETING);

      // An invalid value typed in YAML: marked at its line, listed with its line number.
      const stepsLine = await scrollYamlTo(page, 'maxToolSteps: 5');
      await stepsLine.click();
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('-3');
      const marked = page.locator('[data-testid=orientation-yaml] .cm-lintRange-error');
      await marked.first().waitFor({ timeout: 15_000 });
      // Marks of an earlier, half-typed text may show first; the mark may be split around
      // highlighted tokens, so all its pieces are read.
      await expect
        .poll(async () => (await marked.allTextContents()).join(''), { timeout: 15_000 })
        .toContain('maxToolSteps: -3');
      await page.waitForSelector('[data-testid=orientation-yaml] .cm-lint-marker-error');
      const issue = page.locator(
        '[data-testid=orientation-issues] [data-testid=orientation-issue][data-path="voice.maxToolSteps"]',
      );
      await issue.waitFor();
      // The line the list gives is the line of `maxToolSteps` in the document's YAML text.
      const exported = await ctx.call({
        method: 'GET',
        url: `/v1/tenants/${ctx.tenant.id}/orientations/caviste`,
        headers: { accept: 'application/yaml' },
      });
      const expectedLine =
        exported.body.split('\n').findIndex((line) => /^ {2}maxToolSteps:/.test(line)) + 1;
      expect(expectedLine).toBeGreaterThan(1);
      expect(await issue.getAttribute('data-line')).toBe(String(expectedLine));
      expect(await issue.textContent()).toContain(`ligne ${expectedLine}`);
      await ctx.screenshot(page, 'orientation-yaml-error');

      // The same problem next to its field in the form; fixing it there clears it.
      await page.click('[data-testid=tab-form]');
      const stepsField = page.locator('[data-testid="field-voice.maxToolSteps"]');
      await stepsField.scrollIntoViewIfNeeded();
      const helper = stepsField.locator('.MuiFormHelperText-root.Mui-error');
      await helper.waitFor();
      expect((await helper.textContent())?.length).toBeGreaterThan(0);
      await stepsField.locator('input').fill('6');
      await helper.waitFor({ state: 'detached', timeout: 15_000 });

      // Save: stored by the API, nothing left unsaved.
      await page.click('[data-testid=save]');
      await page.waitForSelector('[data-testid=dirty-indicator]', { state: 'detached' });
      const saved = await draftOf(ctx);
      expect(saved.draft.prompt.greeting).toBe(GREETING);
      expect(saved.draft.voice.maxToolSteps).toBe(6);
      expect(saved.hasUnpublishedChanges).toBe(true);

      // Publish: the diff preview against the current version, then version n+1.
      await page.click('[data-testid=publish-open]');
      await page.waitForSelector('[data-testid=diff-view]');
      const paths = await page.$$eval('[data-testid=diff-entry]', (entries) =>
        entries.map((entry) => entry.getAttribute('data-path')),
      );
      expect(paths).toEqual(expect.arrayContaining(['prompt.greeting', 'voice.maxToolSteps']));
      await screenshotViewport(page, 'orientation-publish-diff');
      await page.fill('[data-testid=publish-note]', 'Accueil du soir');
      await page.click('[data-testid=publish-confirm]');
      const published = page.locator(`[data-testid=version-row-${n + 1}]`);
      await published.waitFor({ timeout: 20_000 });
      expect(await published.getAttribute('data-current')).toBe('true');
      expect(await published.textContent()).toContain('Accueil du soir');
      const author = (await published.locator('[data-testid=version-author]').textContent()) ?? '';
      // The person, as the API names them ("Name <email>"), not a key or user id.
      expect(author).toContain(ctx.users.editor.email);
      expect((await draftOf(ctx)).currentVersion).toBe(n + 1);

      // Roll back to version n, after confirming: a new version n+2, marked as a rollback.
      await page.click(`[data-testid=rollback-${n}]`);
      await page.waitForSelector('[data-testid=rollback-dialog]');
      await page.click('[data-testid=rollback-confirm]');
      const rolledBack = page.locator(`[data-testid=version-row-${n + 2}]`);
      await rolledBack.waitFor({ timeout: 20_000 });
      expect(await rolledBack.getAttribute('data-current')).toBe('true');
      expect(await rolledBack.getAttribute('data-rolled-back-from')).toBe(String(n));
      expect(await rolledBack.textContent()).toContain(`restauration de la v${n}`);
      await ctx.screenshot(page, 'orientation-history');
      expect((await draftOf(ctx)).currentVersion).toBe(n + 2);

      expect(ctx.pageErrors(page)).toEqual([]);
      await ctx.close(page);
    });

    it('never overwrites a draft saved meanwhile, and asks before leaving unsaved changes', async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'editor');
      await openEditor(ctx, page, 'editor');
      await page.fill(greetingField, 'Mon accueil à moi');

      // Leaving inside the console asks first; staying keeps the edit.
      await page.click('.RaMenuItemLink-root[href="#/products"]');
      await page.waitForSelector('[data-testid=unsaved-dialog]');
      await page.click('button:has-text("Rester")');
      await page.waitForSelector('[data-testid=unsaved-dialog]', { state: 'detached' });
      expect(page.url()).toContain('#/orientations/caviste');
      expect(await page.inputValue(greetingField)).toBe('Mon accueil à moi');

      // Someone else saves the draft meanwhile (through the API).
      const path = `/v1/tenants/${ctx.tenant.id}/orientations/caviste`;
      const other = (await draftOf(ctx)).draft;
      other.prompt.greeting = 'Accueil de quelqu’un d’autre';
      expect((await ctx.call({ method: 'PUT', url: path, body: other })).statusCode).toBe(200);

      await page.click('[data-testid=save]');
      await page.waitForSelector('[data-testid=conflict-dialog]');
      expect((await draftOf(ctx)).draft.prompt.greeting).toBe('Accueil de quelqu’un d’autre');
      await page.click('[data-testid=conflict-reload]');
      await page.waitForSelector('[data-testid=dirty-indicator]', { state: 'detached' });
      expect(await page.inputValue(greetingField)).toBe('Accueil de quelqu’un d’autre');
      await ctx.close(page);
    });

    it('says clearly when the playground cannot answer "Try it"', async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'editor');
      await openEditor(ctx, page, 'editor');
      await page.click('[data-testid=try-open]');
      const message = page.locator('[data-testid=try-unavailable]');
      await message.waitFor({ timeout: 20_000 });
      // The harness's playground URL is a closed port: no playground, no LLM behind it.
      expect(await message.textContent()).toContain('Le bac à sable ne répond pas');
      expect(await page.isDisabled('[data-testid=try-input]')).toBe(true);
      await screenshotViewport(page, 'orientation-try-it');
      await ctx.close(page);
    });

    it('shows a viewer everything read only: no save, publish, rollback or Try it', async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'viewer');
      await ctx.goto(page, '/orientations');
      const row = page.locator('tr', { hasText: 'caviste' }).first();
      await row.waitFor({ timeout: 20_000 });
      await row.click();
      await page.waitForSelector('[data-testid=read-only]', { timeout: 20_000 });
      for (const action of ['save', 'publish-open', 'try-open']) {
        expect(await page.$(`[data-testid=${action}]`), action).toBeNull();
      }
      expect(await page.getAttribute(greetingField, 'readonly')).not.toBeNull();
      await page.click('[data-testid=tab-history]');
      await page.waitForSelector('[data-testid^=version-row-]');
      expect(await page.$('[data-testid^=rollback-]')).toBeNull();
      await ctx.screenshot(page, 'orientation-viewer');
      expect(ctx.pageErrors(page)).toEqual([]);
      await ctx.close(page);
    });
  });
}
