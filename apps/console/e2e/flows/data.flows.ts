import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcessors } from '../../../../services/control-api/src/jobs/processors';
import { type JobWorker, startJobWorker } from '../../../../services/control-api/src/jobs/worker';
import type { ConsoleE2EContext } from '../harness';

// Data screens: the catalogue (import with a bad row, facets, search, the generated product
// form), the knowledge base (upload, ingestion, retrieval) and a session's detail. Imports,
// ingestion and session summaries run in the real job worker, started here on the test app's
// queue.

/** Four wines; line 4 (the header is line 1) has a colour the caviste does not declare. */
const CSV = [
  'sku,name,description,price,currency,stock,tags,color,region,vintage,organic,grapes',
  'E2E-1,Chinon Les Picasses,"Rouge de Loire, souple",14.50,EUR,12,loire,rouge,Loire,2020,false,Cabernet franc',
  'E2E-2,Sancerre Les Caillottes,,"18,90",,6,,blanc,Loire,2022,true,Sauvignon',
  'E2E-3,Couleur impossible,,9.90,,3,,bleu,Loire,,,',
  'E2E-4,Morgon Côte du Py,,16.00,,8,,rouge,Beaujolais,2021,false,Gamay',
].join('\n');

const DOCUMENT = [
  '# Livraison',
  '',
  'Nous livrons **le samedi matin** dans tout Lyon, gratuitement dès 6 bouteilles.',
  '',
  '## Retrait en boutique',
  '',
  '- Commande prête en deux heures',
  '- Paiement sur place',
].join('\n');

/** Lists refresh after a debounce and a request: give them time. */
const POLL = { timeout: 15_000, interval: 250 };

/** Waits until the page shows the text, in any element. */
async function seeText(page: Page, text: string, timeout = 20_000) {
  await page.waitForSelector(`text=${text}`, { timeout });
}

/** The number of data rows of the list on screen. */
async function rowCount(page: Page) {
  return page.locator('.RaDatagrid-table tbody tr').count();
}

export function registerDataFlows(ctx: ConsoleE2EContext): void {
  describe('console data screens', { timeout: 120_000 }, () => {
    let worker: JobWorker | undefined;
    const workerErrors: unknown[] = [];

    beforeAll(() => {
      worker = startJobWorker({
        redis: ctx.app.redis,
        prefix: ctx.app.queuePrefix,
        processors: createProcessors({ db: ctx.app.db }),
        onError: (error) => workerErrors.push(error),
      });
    });
    afterAll(async () => {
      await worker?.close();
    });

    it('imports a CSV with one bad row: progress, then the report with the row error', async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'editor');
      await ctx.goto(page, '/products');
      // An empty catalogue offers the import.
      await page.waitForSelector('[data-empty=products]');
      await page.click('[data-testid=import-button]');
      await page.waitForSelector('[data-testid=import-columns]');
      expect(await page.textContent('[data-testid=import-columns]')).toContain('color,region');

      // A file the API refuses (no usable header): its message, at the file input.
      await page.setInputFiles('input[type=file]', {
        name: 'tarifs.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('nom;prix\nChinon;12\n'),
      });
      await page.click('button[type=submit]');
      const refusal = page.locator('.MuiFormHelperText-root.Mui-error');
      await refusal.first().waitFor();
      expect(await refusal.first().textContent()).toContain('The CSV header is not usable.');
      expect(page.url()).toMatch(/#\/catalog-imports\/create$/);
      await ctx.screenshot(page, 'catalog-import-refused');

      await page.setInputFiles('input[type=file]', {
        name: 'vins.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(CSV),
      });
      await seeText(page, 'vins.csv');
      await page.click('button[type=submit]');

      // The job's page: the progress bar first, then the settled report.
      await page.waitForURL(/#\/catalog-imports\/[^/]+\/show/);
      await page.waitForSelector('[data-testid=import-progress] [role=progressbar]');
      await page.waitForSelector('[data-testid=import-progress][data-status=completed]', {
        timeout: 30_000,
      });
      expect(await page.textContent('[data-testid=import-rows]')).toBe('4 / 4 lignes traitées');
      expect(await page.textContent('[data-testid=import-succeeded]')).toBe('3');
      expect(await page.textContent('[data-testid=import-failed]')).toBe('1');
      const issues = page.locator('[data-testid=import-issue]');
      expect(await issues.count()).toBe(1);
      const cells = await issues.first().locator('td').allTextContents();
      expect(cells[0]).toBe('4');
      expect(cells[1]).toBe('color');
      expect(cells[2]).toMatch(/rouge/);
      await ctx.screenshot(page, 'catalog-import');

      // The import is listed among past imports.
      await ctx.goto(page, '/catalog-imports');
      await page.waitForSelector('[data-testid=job-status][data-status=completed]');
      expect(ctx.pageErrors(page)).toEqual([]);
      await ctx.close(page);
    });

    it('lists the catalogue with facets; a facet filters it and the search finds a product', async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'editor');
      await ctx.goto(page, '/products');
      await seeText(page, 'Chinon Les Picasses');
      expect(await rowCount(page)).toBe(3);
      // The facets come from the API: colour counts of the products in stock.
      const colours = page.locator('[data-testid=facet-color]');
      await colours.locator('text=rouge').waitFor();
      expect(await colours.textContent()).toMatch(/rouge\s*2/);
      expect(await colours.textContent()).toMatch(/blanc\s*1/);
      await ctx.screenshot(page, 'catalog-list');

      await colours.locator('text=blanc').click();
      await expect.poll(() => rowCount(page), POLL).toBe(1);
      await seeText(page, 'Sancerre Les Caillottes');
      // Clearing the facet and searching in full text.
      await colours.locator('text=blanc').click();
      await expect.poll(() => rowCount(page), POLL).toBe(3);
      await page.fill('input[name=q]', 'morgon');
      await expect.poll(() => rowCount(page), POLL).toBe(1);
      await seeText(page, 'Morgon Côte du Py');
      expect(await page.$('text=Chinon Les Picasses')).toBeNull();
      expect(ctx.pageErrors(page)).toEqual([]);
      await ctx.close(page);
    });

    it("edits a product with the orientation's attributes; the API's refusal lands on its field", async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'editor');
      await ctx.goto(page, '/products/E2E-1');
      // Inputs generated from the caviste's declaration.
      await page.waitForSelector('label:has-text("Couleur")');
      await page.waitForSelector('input[name="attributes.vintage"]');
      expect(await page.inputValue('input[name="price"]')).toBe('14.5');
      await ctx.screenshot(page, 'product-edit');

      // The SKU cannot change. A price the API refuses (over its maximum) is shown at the price.
      expect(await page.isDisabled('input[name="sku"]')).toBe(true);
      await page.fill('input[name="price"]', '2000000');
      await page.click('button[type=submit]');
      const priceError = page.locator('.MuiFormHelperText-root.Mui-error');
      await priceError.first().waitFor();
      expect(await priceError.allTextContents()).toEqual([expect.stringContaining('100000000')]);
      expect(page.url()).toMatch(/#\/products\/E2E-1$/);
      // A price typed in euros is saved in cents.
      await page.fill('input[name="price"]', '15.9');
      await page.click('button[type=submit]');
      await page.waitForURL(/#\/products\/E2E-1\/show/);
      const saved = await ctx.call({
        method: 'GET',
        url: `/v1/tenants/${ctx.tenant.id}/products/E2E-1`,
        key: ctx.tenant.tenantKey,
      });
      expect(saved.json().priceCents).toBe(1590);
      expect(ctx.pageErrors(page)).toEqual([]);
      await ctx.close(page);
    });

    it('uploads a knowledge document, sees it become ready, and tries a retrieval', async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'editor');
      await ctx.goto(page, '/knowledge-documents');
      await page.waitForSelector('[data-empty=knowledge-documents]');
      await ctx.goto(page, '/knowledge-documents/create');
      await page.fill('input[name=title]', 'Livraison et retrait');
      await page.fill('textarea[name=content]', DOCUMENT);
      await page.click('button[type=submit]');

      await page.waitForURL(/#\/knowledge-documents\/[^/]+\/show/);
      await page.waitForSelector('[data-testid=knowledge-status][data-status=ready]', {
        timeout: 30_000,
      });
      // The preview renders the Markdown (a heading, bold text, a list), not its source.
      await page.waitForSelector('[data-testid=markdown-preview] h2:has-text("Livraison")');
      expect(await page.textContent('[data-testid=markdown-preview] strong')).toBe(
        'le samedi matin',
      );

      await ctx.goto(page, '/knowledge-documents');
      await seeText(page, 'Livraison et retrait');
      await page.fill('input[name=question]', 'Livrez-vous le samedi ?');
      await page.click('[data-testid=ask-submit]');
      const answer = page.locator('[data-testid=ask-answer]').first();
      await answer.waitFor();
      expect(await answer.textContent()).toContain('Livraison et retrait');
      expect(await answer.textContent()).toContain('samedi');
      await ctx.screenshot(page, 'knowledge');
      expect(ctx.pageErrors(page)).toEqual([]);
      await ctx.close(page);
    });

    it('shows a session: transcript with its tool call, cart, summary and latency chart', async () => {
      const runtime = await ctx.call({
        method: 'POST',
        url: '/v1/keys',
        body: { name: 'runtime e2e', kind: 'runtime' },
      });
      expect(runtime.statusCode, runtime.body).toBe(201);
      const runtimeKey = runtime.json().secret as string;
      const created = await ctx.call({
        method: 'POST',
        url: `/v1/tenants/${ctx.tenant.id}/sessions`,
        key: ctx.tenant.tenantKey,
      });
      expect(created.statusCode, created.body).toBe(201);
      const sessionId = created.json().sessionId as string;
      const product = (
        await ctx.call({
          method: 'GET',
          url: `/v1/tenants/${ctx.tenant.id}/products/E2E-4`,
          key: ctx.tenant.tenantKey,
        })
      ).json();
      const post = async (path: string, body: unknown) => {
        const response = await ctx.call({
          method: 'POST',
          url: `/v1/runtime/sessions/${sessionId}/${path}`,
          key: runtimeKey,
          body,
        });
        expect(response.statusCode, response.body).toBeLessThan(300);
      };
      const event = (type: string, payload: Record<string, unknown>) =>
        post('events', { type, payload });
      await event('transcript.user', { text: 'Un rouge du Beaujolais pour ce soir ?' });
      await event('metrics', { type: 'eou_metrics', speechId: 'sp1', endOfUtteranceDelayMs: 420 });
      await event('tool.call', {
        callId: 'c1',
        name: 'search_wines',
        arguments: { region: 'Beaujolais', color: 'rouge' },
        output: '1 vin : Morgon Côte du Py, 16 €',
        isError: false,
        durationMs: 38,
      });
      await event('metrics', { type: 'llm_metrics', speechId: 'sp1', ttftMs: 310 });
      await event('metrics', { type: 'tts_metrics', speechId: 'sp1', ttfbMs: 180 });
      await event('transcript.agent', { text: 'Je vous conseille le Morgon Côte du Py.' });
      await post('cart', { productId: product.id, quantity: 2 });
      await event('transcript.user', { text: 'Parfait, deux bouteilles.' });
      await event('metrics', { type: 'eou_metrics', speechId: 'sp2', endOfUtteranceDelayMs: 350 });
      await event('metrics', { type: 'llm_metrics', speechId: 'sp2', ttftMs: 520 });
      await event('transcript.agent', { text: 'C’est dans votre panier.' });
      await post('end', { reason: 'e2e' });

      const page = await ctx.newPage();
      await ctx.signIn(page, 'editor');
      await ctx.goto(page, '/sessions');
      // Other flows may have started sessions too: this one is found by its id.
      const row = page.locator(`.RaDatagrid-table tbody tr:has-text("${sessionId}")`);
      await row.waitFor();
      expect(await row.textContent()).toMatch(/32,00\s*€/);
      expect(await row.textContent()).toContain('caviste v');
      await row.click();
      await page.waitForURL(new RegExp(`#/sessions/${sessionId}/show`));
      await page.waitForSelector('[data-testid=transcript]');
      expect(await page.locator('[data-testid=turn-user]').count()).toBe(2);
      expect(await page.locator('[data-testid=turn-agent]').count()).toBe(2);
      const call = page.locator('[data-testid=tool-call][data-tool=search_wines]');
      await call.click();
      await call.locator('text=1 vin : Morgon Côte du Py, 16 €').waitFor();
      expect(await page.textContent('[data-testid=cart-total]')).toMatch(/32,00\s*€/);
      expect(await page.locator('[data-testid=latency-turn]').count()).toBe(2);
      // The summary arrives once the worker has finalised the ended session.
      await expect
        .poll(
          async () => {
            await page.reload();
            await page.waitForSelector('[data-testid=session-summary]');
            return page.textContent('[data-testid=session-summary]');
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .toMatch(/4 tours/);
      await ctx.screenshot(page, 'session-detail');
      expect(ctx.pageErrors(page)).toEqual([]);
      await ctx.close(page);
    });

    it('lets a viewer read the catalogue without offering any change', async () => {
      const page = await ctx.newPage();
      await ctx.signIn(page, 'viewer');
      await ctx.goto(page, '/products');
      await seeText(page, 'Chinon Les Picasses');
      expect(await page.$('[data-testid=import-button]')).toBeNull();
      expect(await page.$('a[href="#/products/create"]')).toBeNull();
      await ctx.goto(page, '/products/E2E-1/show');
      await seeText(page, 'Chinon Les Picasses');
      expect(await page.$('a[href="#/products/E2E-1"]')).toBeNull();
      await ctx.goto(page, '/knowledge-documents');
      await seeText(page, 'Livraison et retrait');
      expect(await page.$('a[href="#/knowledge-documents/create"]')).toBeNull();
      expect(ctx.pageErrors(page)).toEqual([]);
      await ctx.close(page);
    });

    it('ran every job without a worker error', () => {
      expect(workerErrors).toEqual([]);
    });
  });
}
