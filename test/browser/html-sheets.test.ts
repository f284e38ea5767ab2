// The HTML sheets in a real browser: Debian's Chromium (installed by .ci/run) opens them without console errors and
// prints them to an A4 PDF.

import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {chromium, type BrowserContext} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildSheets} from '../../src/render/build-sheets.js';
import {writeHtmlSheets} from '../../src/writers/sheets/html.js';
import {writeFileAtomic} from '../../src/cli/write-atomic.js';
import {compileBytes} from '../helpers/compile-text.js';

const chromiumPath = '/usr/bin/chromium';
const foundingPlan = join(import.meta.dirname, '../../fixtures/founding-plan/input.txt');

describe.skipIf(!existsSync(chromiumPath))(`HTML sheets in headless Chromium (skipped: ${chromiumPath} is absent; .ci/run installs it)`, () => {
  let folder: string;
  let context: BrowserContext;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'plan-compile-html-'));
    const plan = compileBytes(readFileSync(foundingPlan), 'fixtures/founding-plan/input.txt').plan;
    for (const file of writeHtmlSheets(buildSheets([{plan, file: 'fixtures/founding-plan/input.txt'}]))) {
      await writeFileAtomic(join(folder, file.name), file.content);
    }
    context = await chromium.launchPersistentContext(join(folder, '.profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(folder, {recursive: true, force: true});
  });

  it.each(['index.html', 'so-thong-tin-va-truyen-thong.html'])('opens %s without console errors and prints it to an A4 PDF', async (name) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(join(folder, name)).href, {waitUntil: 'load'});
    expect(await page.locator('h1').first().textContent()).toMatch(name === 'index.html' ? /Nhiệm vụ theo cơ quan/ : /Sở Thông tin và Truyền thông/);
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(5);
    const pdf = await page.pdf({format: 'A4'});
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    // A4 is 595 × 842 points; Chromium writes the page box of every page.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](?:\.\d+)? 84[12](?:\.\d+)?\s*\]/);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
