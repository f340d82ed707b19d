// dist/site/favicon.svg, favicon.ico, apple-touch-icon.png and card.png: the site's icon (emit/site/favicon.ts)
// as SVG and, rendered from the same drawing (emit/png.ts), as the PNGs of an ICO and of a home-screen icon;
// and the site's card (emit/site/share-card.ts), the sharing preview (og:image) of every page that has no
// card of its own. Built before the pages, which name them in their heads.
import { siteFolder } from '../../publish/urls.ts';
import type { Emitted, FileKind, OutputFormat } from '../output-format.ts';
import { pngOf } from '../png.ts';
import { icoOf, iconSvg } from '../site/favicon.ts';
import { FAVICON_ICO, FAVICON_SVG, SITE_CARD, TOUCH_ICON } from '../site/page-paths.ts';
import { cardPng, siteCard } from '../site/share-card.ts';
import { pngKind, svgKind } from './site-charts.ts';

const icoKind: FileKind = { mediaType: 'image/vnd.microsoft.icon', fileType: 'ICO', label: { ja: 'ICO', en: 'ICO' } };

export const siteImagesFormat: OutputFormat = {
  name: 'site-images',
  phase: 'site',
  emit: async ({ model, provenance }) => {
    const { config, source } = provenance;
    const t = model.tables;
    const cardSvg = siteCard({
      kicker: `${source.municipalityName}・オープンデータ`,
      title: source.title,
      lead: `${source.publisher}の総合計画の${source.part}（${source.period.startFiscalYear}〜${source.period.endFiscalYear}年度）の施策・成果指標・担当課を、CSV・JSON・JSON-LD などの機械で読めるデータにしています。`,
      facts: [
        `基本目標 ${t.goals.length}・施策 ${t.policies.length}・施策の柱 ${t.pillars.length}`,
        `成果指標 ${t.indicators.length}・担当課 ${t.departments.length}`,
      ],
      context: { attribution: `出典: ${config.license.attribution}（${config.license.title}）` },
    });
    const [png32, png48, touch, card] = await Promise.all([
      pngOf(iconSvg(true), 32),
      pngOf(iconSvg(true), 48),
      pngOf(iconSvg(false), 180),
      pngOf(cardSvg, cardPng.width),
    ]);
    const file = (path: string, content: string | Uint8Array, kind: FileKind, ja: string, en: string): Emitted => ({
      path: `${siteFolder}/${path}`,
      content,
      kind,
      subject: { ja, en },
      title: { ja, en },
      description: { ja, en },
      distribution: false,
    });
    return [
      file(FAVICON_SVG, new TextEncoder().encode(iconSvg(true)), svgKind, 'サイトのアイコン', 'The site’s icon'),
      file(
        FAVICON_ICO,
        icoOf([
          { size: 32, png: png32 },
          { size: 48, png: png48 },
        ]),
        icoKind,
        'サイトのアイコン（ICO）',
        'The site’s icon (ICO)',
      ),
      file(TOUCH_ICON, touch, pngKind, 'ホーム画面用のアイコン', 'The site’s icon for a home screen'),
      file(SITE_CARD, card, pngKind, 'サイトの紹介画像（共有用）', 'The site’s card for sharing previews'),
    ];
  },
};
