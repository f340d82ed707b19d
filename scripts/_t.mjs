const t0 = performance.now();
const v = await import('../pipeline/validate/_v.mjs');
const t1 = performance.now();
import { readFileSync, readdirSync } from 'node:fs';
let n = 0;
for (const f of readdirSync('dist').filter(f => f.endsWith('.json') && f.startsWith('062022') || f === 'quality-report.json')) {
  const stem = f.replace('.json','');
  const fn = v['v' + stem.replace(/[^a-z0-9]/gi,'_')];
  if (!fn) continue;
  const ok = fn(JSON.parse(readFileSync('dist/'+f,'utf8'))); n++; if (!ok) console.log(stem, fn.errors);
}
const t2 = performance.now();
console.log('import', (t1-t0).toFixed(1), 'validate', (t2-t1).toFixed(1), n);
