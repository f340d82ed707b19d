// The site's icon: three rising bars, white on the site's green — an SVG for browsers that take one, and
// PNGs rendered from the same drawing (emit/png.ts) for those that do not: favicon.ico holds a 32 px and a
// 48 px PNG (the ICO container allows PNG entries since Windows Vista; every current browser reads them),
// apple-touch-icon.png is 180 px and square (iOS rounds the corners itself).
import { palette } from './chart.ts';

/** The icon as SVG: rounded for a browser tab, square for a home screen that rounds it itself; placed at (x, y) and `size` wide inside another drawing. */
export const iconSvg = (rounded: boolean, at?: { x: number; y: number; size: number }): string =>
  `<svg xmlns="http://www.w3.org/2000/svg"${at ? ` x="${at.x}" y="${at.y}"` : ''} width="${at?.size ?? 32}" height="${at?.size ?? 32}" viewBox="0 0 32 32"><rect width="32" height="32"${rounded ? ' rx="6"' : ''} fill="${palette.accent}"/><g fill="#fff"><rect x="7" y="17" width="4" height="9" rx="1"/><rect x="14" y="12" width="4" height="14" rx="1"/><rect x="21" y="6" width="4" height="20" rx="1"/></g></svg>\n`;

/** An ICO file of square PNG images (each given with its size in pixels, at most 256). */
export const icoOf = (images: readonly { size: number; png: Uint8Array }[]): Uint8Array => {
  const header = 6 + 16 * images.length;
  const out = new Uint8Array(header + images.reduce((sum, i) => sum + i.png.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, images.length, true);
  let offset = header;
  images.forEach(({ size, png }, k) => {
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new RangeError(`an ICO image is 1 to 256 pixels wide, not ${size}`);
    const entry = 6 + 16 * k;
    view.setUint8(entry, size % 256); // 0 stands for 256
    view.setUint8(entry + 1, size % 256);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
};
