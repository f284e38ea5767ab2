import {describe, expect, it} from 'vitest';
import {escapeData, escapeProperty, formatGithub} from '../../src/validate/format-github.js';

describe('github annotations', () => {
  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('50% xong\r\nrồi: a, b')).toBe('50%25 xong%0D%0Arồi: a, b');
    expect(escapeProperty('kế hoạch: a,b%\n')).toBe('kế hoạch%3A a%2Cb%25%0A');
  });

  it('writes one command per finding with the plan path before the message', () => {
    const text = formatGithub([
      {
        path: 'plans/a,b:c.plan.yaml',
        diagnostics: [
          {severity: 'warning', code: 'numbering/sequence', message: 'b) missing\nrồi', path: 'III.2.c', line: 7, column: 5},
          {severity: 'error', code: 'schema/enum', message: '100% sai', path: null, line: 9, column: 3},
        ],
      },
    ]);
    expect(text).toBe(
      '::warning file=plans/a%2Cb%3Ac.plan.yaml,line=7,col=5,title=numbering/sequence::III.2.c: b) missing%0Arồi\n' +
        '::error file=plans/a%2Cb%3Ac.plan.yaml,line=9,col=3,title=schema/enum::100%25 sai\n',
    );
  });
});
