import {readFileSync, readdirSync} from 'node:fs';
import {test} from 'vitest';
import {loadBuiltinRegistry, agenciesOfHeading, assignRoles} from '../../src/agencies/index.js';
const fold = (s: string) => String(s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[*_`"“”‘’()[\]{}.,;:!?–—-]/g, ' ').replace(/\s+/g, ' ').trim();
const same = (a: string, b: string) => { const x = fold(a), y = fold(b); return x !== '' && y !== '' && (x === y || x.includes(y) || y.includes(x)); };
test('gold', () => {
  const reg = loadBuiltinRegistry();
  const dir = '/work/shared/eval/gold';
  for (const f of readdirSync(dir)) {
    const g = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
    for (const grp of g.assignment?.groups ?? []) {
      const out = agenciesOfHeading(grp.heading, reg).map((r) => r.name);
      const ok = out.length === grp.agencies.length && grp.agencies.every((a: string, k: number) => same(a, out[k]!));
      if (!ok) console.log('HEADING', f, grp.marker, JSON.stringify(grp.agencies), '=>', JSON.stringify(out));
    }
  }
});
test('roles', () => {
  const reg = loadBuiltinRegistry();
  const dir = '/work/shared/eval/gold';
  const corpus = readdirSync('/work/shared/corpus').filter((f) => f.endsWith('.txt'));
  for (const f of readdirSync(dir)) {
    const id = f.replace('.json', '');
    const doc = corpus.find((c) => c.startsWith(id))!;
    const lines = readFileSync(`/work/shared/corpus/${doc}`, 'utf8').split('\n').map((l) => l.replace(/[*_]/g, '').replace(/^\s*([a-zđ]\)|[-+•]|\d+(\.\d+)*\.)\s*/, '').trim());
    const g = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
    for (const t of g.tasks_sample ?? []) {
      const k = lines.findIndex((l) => l.startsWith(t.text_start));
      let text = k >= 0 ? lines[k]! : t.text_start;
      if (k >= 0) for (let n = k + 1; n < lines.length && lines[n] !== '' && !/^[a-zđ]\)|^-/.test(lines[n]!); n++) text += ' ' + lines[n];
      const group = [reg.resolve(t.agency)];
      const r = assignRoles(text, group, reg);
      const me = r.agencies.find((a) => same(a.name, t.agency));
      const others = r.agencies.filter((a) => a !== me && (me == null || a.role !== me.role)).map((a) => a.name);
      const okRole = me?.role === t.role;
      const okP = t.partners.length === others.length && t.partners.every((p: string) => others.some((o) => same(p, o)));
      if (!okRole || !okP) console.log('ROLE', f, t.path, k, JSON.stringify(text.slice(0, 140)), '\n   gold', t.role, JSON.stringify(t.partners), '\n   out ', JSON.stringify(r.agencies.map((a) => [a.name, a.role])));
    }
  }
});
import {mentionedAgencies} from '../../src/agencies/index.js';
test('corpus', () => {
  const reg = loadBuiltinRegistry();
  let known = 0, unknown = 0; const miss = new Map<string, number>();
  const t0 = performance.now(); let bytes = 0;
  for (const f of readdirSync('/work/shared/corpus').filter((c) => c.endsWith('.txt'))) {
    const text = readFileSync(`/work/shared/corpus/${f}`, 'utf8'); bytes += text.length;
    for (const para of text.split(/\n\s*\n/)) {
      for (const r of mentionedAgencies(para.replace(/\n/g, ' '), reg)) {
        if (r.known) known++; else { unknown++; miss.set(r.name, (miss.get(r.name) ?? 0) + 1); }
      }
    }
  }
  console.log('known', known, 'unknown', unknown, 'share', (unknown / (known + unknown)).toFixed(3), 'ms', (performance.now() - t0).toFixed(0), 'bytes', bytes);
  console.log([...miss].sort((a, b) => b[1] - a[1]).slice(0, 150).map(([n, c]) => `${c} ${n}`).join('\n'));
});
