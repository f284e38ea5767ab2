import {describe, expect, it} from 'vitest';
import {sheetFileNames} from '../../src/writers/sheets/sheet-file-names.js';

describe('sheetFileNames', () => {
  it('keeps registry ids as they are', () => {
    expect(sheetFileNames(['so-y-te', 'so-ngoai-vu'], '.md')).toEqual(['so-y-te.md', 'so-ngoai-vu.md']);
  });

  it('never leaves the output folder', () => {
    for (const id of ['../../etc/passwd', '..', '/abs/path', 'a\\..\\b', 'C:\\x', '.hidden', 'x.']) {
      const [name] = sheetFileNames([id], '.html');
      expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.html$/);
    }
    expect(sheetFileNames(['../../etc/passwd'], '.md')).toEqual(['etc-passwd.md']);
  });

  it('avoids the names Windows reserves and the index page', () => {
    expect(sheetFileNames(['CON', 'nul', 'com1', 'lpt9', 'index', 'con-an'], '.txt')).toEqual([
      'con-agency.txt',
      'nul-agency.txt',
      'com1-agency.txt',
      'lpt9-agency.txt',
      'index-agency.txt',
      'con-an.txt',
    ]);
  });

  it('folds Vietnamese names to ASCII and names an empty slug', () => {
    expect(sheetFileNames(['Sở Y tế', 'Đài PT-TH', '!!!'], '.md')).toEqual(['so-y-te.md', 'dai-pt-th.md', 'agency.md']);
  });

  it('limits the length, also with a collision suffix', () => {
    const long = 'so-' + 'a'.repeat(300);
    const names = sheetFileNames([long, long + 'b'], '.html');
    expect(names[0]!.length).toBeLessThanOrEqual(85);
    expect(names[1]).toBe(names[0]!.replace('.html', '-2.html'));
  });

  it('makes colliding ids unique, case-insensitively, without taking another id\'s name', () => {
    expect(sheetFileNames(['So-Y-Te', 'so-y-te', 'so-y-te-2', 'so y te'], '.md')).toEqual([
      'so-y-te.md',
      'so-y-te-2.md',
      'so-y-te-2-2.md',
      'so-y-te-3.md',
    ]);
  });
});
