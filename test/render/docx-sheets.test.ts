import {describe, expect, it} from 'vitest';
import {buildSheets} from '../../src/render/build-sheets.js';
import {writeDocxSheets} from '../../src/writers/sheets/docx.js';
import {sheetWriters} from '../../src/writers/sheets/sheet-writers.js';
import {agency, planWith, samplePlans, task} from './plan-fixtures.js';
import {readZip} from './read-zip.js';

const sheets = buildSheets(samplePlans());

async function documentXml(set = sheets, index = 0): Promise<string> {
  const files = await writeDocxSheets(set);
  return readZip(files[index]!.content as Uint8Array).get('word/document.xml')!.data.toString('utf8');
}

// Attributes of the first element `name` in `xml`, as a record.
function attributes(xml: string, name: string): Record<string, string> {
  const tag = xml.match(new RegExp(`<${name} ([^>]*?)/?>`));
  expect(tag, `<${name}> present`).not.toBeNull();
  return Object.fromEntries([...tag![1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

describe('docx sheets', () => {
  it('writes one Word file per agency, registered as a file-only format', async () => {
    const files = await writeDocxSheets(sheets);
    expect(files.map((f) => f.name)).toEqual(['so-ngoai-vu.docx', 'so-thong-tin-va-truyen-thong.docx', 'so-y-te.docx']);
    expect(sheetWriters.docx!.stdout).toBe(false);
    for (const file of files) {
      const zip = readZip(file.content as Uint8Array);
      expect([...zip.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
    }
  });

  it('lays the page out as ND30: A4, its margins, Times New Roman 13–14 pt', async () => {
    const xml = await documentXml();
    const mm = (twips: string) => Math.round((Number(twips) / 1440) * 25.4);
    const size = attributes(xml, 'w:pgSz');
    expect([mm(size['w:w']!), mm(size['w:h']!)]).toEqual([210, 297]);
    const margin = attributes(xml, 'w:pgMar');
    expect(mm(margin['w:top']!)).toBeGreaterThanOrEqual(20);
    expect(mm(margin['w:top']!)).toBeLessThanOrEqual(25);
    expect(mm(margin['w:bottom']!)).toBeGreaterThanOrEqual(20);
    expect(mm(margin['w:bottom']!)).toBeLessThanOrEqual(25);
    expect(mm(margin['w:left']!)).toBeGreaterThanOrEqual(30);
    expect(mm(margin['w:left']!)).toBeLessThanOrEqual(35);
    expect(mm(margin['w:right']!)).toBeGreaterThanOrEqual(15);
    expect(mm(margin['w:right']!)).toBeLessThanOrEqual(20);
    const fonts = [...xml.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toContain('w:ascii="Times New Roman"');
    const sizes = new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2));
    for (const pt of sizes) expect(pt === 13 || pt === 14).toBe(true);
  });

  it('holds the header block, the title, the role tables and every task of the agency', async () => {
    const xml = await documentXml(sheets, 2);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
    for (const expected of ['SỞ Y TẾ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'DANH MỤC NHIỆM VỤ', 'I. CHỦ TRÌ', 'II. PHỐI HỢP']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('TT\nNhiệm vụ\nPhối hợp\nThời hạn\nNguồn');
    for (const t of ['Hoàn thành đề án', 'Gửi báo cáo tổng kết', 'Cập nhật dữ liệu hằng tuần', 'Báo cáo kết quả hằng quý', 'Tổ chức tập huấn, phối hợp với Sở Ngoại vụ']) {
      expect(text).toContain(t);
    }
    expect(text).toContain('Cung cấp thông tin; &quot;đối ngoại&quot;, y tế');
    expect(text).toContain('88/KH-UBND, III.1.c');
    expect(text).toContain('trước ngày 20/11/2020 (2020-11-20)');
    expect(text.indexOf('I. CHỦ TRÌ')).toBeLessThan(text.indexOf('Hoàn thành đề án'));
    expect(text.indexOf('Hoàn thành đề án')).toBeLessThan(text.indexOf('II. PHỐI HỢP'));
    expect(text.indexOf('II. PHỐI HỢP')).toBeLessThan(text.indexOf('Cung cấp thông tin'));
  });

  it('escapes markup in task texts and keeps the paragraphs of a task', async () => {
    const hostile = buildSheets([{plan: planWith([task('1', 'Rà soát <w:t> & "x"\nĐoạn hai', [agency('so-y-te', 'lead')])]), file: 'a.plan.yaml'}]);
    const xml = await documentXml(hostile);
    expect(xml).toContain('Rà soát &lt;w:t&gt; &amp;');
    expect(xml).toContain('>Đoạn hai</w:t>');
  });

  it('gives the same bytes on every run, with no clock in them', async () => {
    const first = await writeDocxSheets(sheets);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await writeDocxSheets(sheets);
    expect(second.map((f) => Buffer.from(f.content as Uint8Array).toString('base64'))).toEqual(first.map((f) => Buffer.from(f.content as Uint8Array).toString('base64')));
    const zip = readZip(first[0]!.content as Uint8Array);
    for (const entry of zip.values()) expect([entry.dosDate, entry.dosTime]).toEqual([33, 0]);
    expect(zip.get('docProps/core.xml')!.data.toString('utf8')).not.toMatch(/dcterms:(created|modified)/);
  });
});
