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

/**
 * Which code points a font draws: the ranges of its cmap's Unicode table (platform 3, encoding 10, format 12 —
 * every code point, as Noto Sans JP's OpenType files carry it). A font without one draws nothing we can name.
 */
export const fontCoverage = (font: Uint8Array): ((codePoint: number) => boolean) => {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = (at: number) => String.fromCharCode(...font.subarray(at, at + 4));
  let cmap = -1;
  for (let i = 0; i < view.getUint16(4); i += 1) if (tag(12 + 16 * i) === 'cmap') cmap = view.getUint32(12 + 16 * i + 8);
  const ranges: [number, number][] = [];
  if (cmap >= 0)
    for (let i = 0; i < view.getUint16(cmap + 2); i += 1) {
      const record = cmap + 4 + 8 * i;
      const table = cmap + view.getUint32(record + 4);
      if (view.getUint16(record) !== 3 || view.getUint16(record + 2) !== 10 || view.getUint16(table) !== 12) continue;
      for (let g = 0; g < view.getUint32(table + 12); g += 1) ranges.push([view.getUint32(table + 16 + 12 * g), view.getUint32(table + 20 + 12 * g)]);
    }
  ranges.sort((a, b) => a[0] - b[0]);
  return (codePoint) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [first, last] = ranges[mid]!;
      if (codePoint < first) hi = mid - 1;
      else if (codePoint > last) lo = mid + 1;
      else return true;
    }
    return false;
  };
};

/** 〓 (geta), the mark Japanese typesetting puts where a character has no glyph. */
export const missingGlyph = '〓';

/**
 * The SVG's text with each character that not every font of the renderer draws replaced by 〓: resvg leaves such a
 * character out without a word (an emoji, a rare kanji in a KPI's name), and an image that silently drops
 * text misquotes the plan. The page, the SVG file and the CSV keep the character; the reader's fonts draw it.
 */
export const withDrawableText = (svg: string, covers: (codePoint: number) => boolean): string =>
  svg.replace(/>([^<>]+)</g, (_, text: string) => `>${[...text].map((c) => (/\s/.test(c) || covers(c.codePointAt(0)!) ? c : missingGlyph)).join('')}<`);

interface Renderer {
  fontBuffers: Uint8Array[];
  covers: (codePoint: number) => boolean;
}

let ready: Promise<Renderer> | undefined;
/** The renderer, started once: its WebAssembly compiled (unless another module of the process did it first), the fonts read. */
const start = (): Promise<Renderer> =>
  (ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')))
    .catch((e: unknown) => {
      if (!String(e).includes('Already initialized')) throw e;
    })
    .then(() => {
      const fontBuffers = pngFontFiles.map((f) => new Uint8Array(readFileSync(f)));
      const coverage = fontBuffers.map(fontCoverage);
      return { fontBuffers, covers: (codePoint: number) => coverage.every((covers) => covers(codePoint)) };
    }));

/** Renders an SVG document as PNG, scaled to `width` pixels (the height follows its viewBox). */
const render = async (svg: string, width: number): Promise<Uint8Array> => {
  const { fontBuffers, covers } = await start();
  const resvg = new Resvg(withDrawableText(svg, covers), {
    font: { fontBuffers, defaultFontFamily: pngFontFamily, sansSerifFamily: pngFontFamily, serifFamily: pngFontFamily, monospaceFamily: pngFontFamily },
    fitTo: { mode: 'width', value: width },
  });
  try {
    // The rendered image is WebAssembly memory too (1200 × 630 × 4 bytes): freed here, or every chart would keep
    // its pixels until the process ends (a plan of 2,000 KPIs ran the module out of memory: a trap, "unreachable").
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
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
