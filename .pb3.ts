import { readFileSync, readdirSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import initSqlJs from 'sql.js';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const mode = process.env.MODE!;
const c0 = process.cpuUsage(); const t0 = performance.now();
const cpu=()=>{const c=process.cpuUsage(c0);return ((c.user+c.system)/1000).toFixed(0)};
setFlagsFromString('--liftoff-only');
const wasm = readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'));
const SQL = await initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
if (mode === 'tf') setFlagsFromString('--no-liftoff-only');
await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
const fontDir = '/work/main/node_modules/@embedpdf/fonts-jp/fonts/';
const fonts = ['NotoSansJP-Regular.otf','NotoSansJP-Bold.otf'].map(f=>new Uint8Array(readFileSync(fontDir+f)));
const svgs = readdirSync('/work/main/dist/site/chart').filter(f=>f.endsWith('.svg')).map(f=>readFileSync('/work/main/dist/site/chart/'+f,'utf8'));
const sq = () => { const t=performance.now(); const db = new SQL.Database(); db.run('create table t(a,b)'); const st=db.prepare('insert into t values(?,?)'); for(let i=0;i<20000;i++){st.run([i,'x'+i]);} st.free(); db.exec('select count(*), sum(a) from t'); db.export(); db.close(); return (performance.now()-t).toFixed(0); };
console.log(mode, 'sqlite before', sq());
const rounds = Number(process.env.ROUNDS ?? 1);
for (let round=0; round<rounds; round++){
  const t=performance.now();
  for (const svg of svgs){
    const r=new Resvg(svg,{font:{fontBuffers:fonts,defaultFontFamily:'Noto Sans JP'},fitTo:{mode:'width',value:1200}});
    const img=r.render(); img.asPng(); img.free(); r.free();
  }
  console.log(`${mode} round ${round}: wall ${(performance.now()-t).toFixed(0)} ms, cpu so far ${cpu()}`);
}
console.log(mode, 'sqlite after', sq(), 'total wall', (performance.now()-t0).toFixed(0), 'cpu', cpu());
