// SVG → PNG, rendered by resvg (Rust) compiled to WebAssembly (@resvg/resvg-wasm): one binary for every
// CPU and Node version, so the same SVG gives the same bytes on every machine (the native build gave the
// same bytes here, but is one binary per platform, and re-reads a font file for every run of text: ~300
// CPU-ms a chart against ~75). No system font is read: text is set in the one font given, Noto Sans JP
// Regular and Bold — OpenType files of the npm package @embedpdf/fonts-jp (SIL Open Font License 1.1),
// pinned by the lockfile like any dependency — and nothing of the machine (its fonts, locale, time)
// reaches the image. The module and the fonts (9 MB) are read once per process, on the first image.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** The font family the images' text is set in: the only one the renderer knows. */
export const pngFontFamily = 'Noto Sans JP';

const require = createRequire(import.meta.url);
// The package exports only its list of files; the fonts lie beside its dist/.
const fontDir = join(dirname(require.resolve('@embedpdf/fonts-jp')), '..', 'fonts');
export const pngFontFiles = ['NotoSansJP-Regular.otf', 'NotoSansJP-Bold.otf'].map((f) => join(fontDir, f));

let ready: Promise<Uint8Array[]> | undefined;
/** The renderer, started once: its WebAssembly compiled (unless another module of the process did it first), the fonts read. */
const start = (): Promise<Uint8Array[]> =>
  (ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))
    .catch((e: unknown) => {
      if (!String(e).includes('Already initialized')) throw e;
    })
    .then(() => pngFontFiles.map((f) => new Uint8Array(readFileSync(f)))));

/** Renders an SVG document as PNG, scaled to `width` pixels (the height follows its viewBox). */
const render = async (svg: string, width: number): Promise<Uint8Array> => {
  const fontBuffers = await start();
  const resvg = new Resvg(svg, {
    font: { fontBuffers, defaultFontFamily: pngFontFamily, sansSerifFamily: pngFontFamily, serifFamily: pngFontFamily, monospaceFamily: pngFontFamily },
    fitTo: { mode: 'width', value: width },
  });
  try {
    return resvg.render().asPng();
  } finally {
    resvg.free();
  }
};

// What this process rendered, by SVG and width: the same SVG gives the same bytes, and a process that builds
// more than once (the test suite builds the plan ~40 times in its two processes, mostly from the same source)
// would otherwise render every image again, ~1.3 CPU-s a build once warm. A build renders each image once
// either way. Bounded (oldest out first): the images of about ten builds.
const rendered = new Map<string, Promise<Uint8Array>>();
const renderedLimit = 256;

/** The PNG of an SVG document, scaled to `width` pixels (the height follows its viewBox). The bytes are shared: never changed by a caller. */
export const pngOf = (svg: string, width: number): Promise<Uint8Array> => {
  const key = `${width} ${svg}`;
  let png = rendered.get(key);
  if (png === undefined) {
    png = render(svg, width);
    if (rendered.size >= renderedLimit) rendered.delete(rendered.keys().next().value!);
    rendered.set(key, png);
    // A failed render is not kept: the next build tries again (and reports it).
    png.catch(() => rendered.delete(key));
  }
  return png;
};

/** Width and height of a PNG, from its IHDR chunk; undefined when the bytes are no PNG. */
export const pngSize = (bytes: Uint8Array): { width: number; height: number } | undefined => {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
};
