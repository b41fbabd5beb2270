/**
 * Writes pictures of a timeline to look at: `tsx scripts/render-preview.ts [slug] [outDir]`.
 * Several views (default, 18–19 March 2025, the whole span, dark, Russian, Ukrainian, the
 * 1200×630 share card) as PNG and SVG in outDir (default /tmp/render).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator } from '../src/lib/i18n/languages';
import { defaultWindow } from '../src/lib/layout/time-scale';
import { svgToPng } from '../src/lib/render/png-node';
import { renderTimelineSvg, type TimelineSvgOptions } from '../src/lib/render/timeline-svg';
import { loadTimelines } from '../src/lib/server/timelines';

const slug = process.argv[2] ?? '2025-03-18-putin-trump-call';
const outDir = process.argv[3] ?? '/tmp/render';
const loaded = loadTimelines().get(slug);
if (!loaded) throw new Error(`no timeline "${slug}"`);
const { timeline } = loaded;
const home = defaultWindow(timeline.span);
const span = timeline.span ?? { earliestMs: home[0], latestMs: home[1] };

const views: Record<string, TimelineSvgOptions> = {
	default: { window: home, url: `https://citeline.example/t/${slug}` },
	'card-1200x630': { window: home, heightPx: 630 },
	'march-18-19': { window: [Date.UTC(2025, 2, 18), Date.UTC(2025, 2, 20)] },
	'march-18-hours': { window: [Date.UTC(2025, 2, 18, 6), Date.UTC(2025, 2, 18, 18)] },
	whole: { window: [span.earliestMs, span.latestMs] },
	dark: { window: home, theme: 'dark' },
	'dark-card': { window: home, theme: 'dark', heightPx: 630 },
	ru: { window: [Date.UTC(2025, 2, 18), Date.UTC(2025, 2, 20)], t: createTranslator('ru') },
	uk: { window: home, t: createTranslator('uk') },
	narrow: { window: home, widthPx: 480 },
	'crowded-400': { window: [Date.UTC(2025, 2, 18), Date.UTC(2025, 2, 20)], heightPx: 400 }
};

mkdirSync(outDir, { recursive: true });
for (const [name, options] of Object.entries(views)) {
	const svg = renderTimelineSvg(timeline, options);
	writeFileSync(join(outDir, `${name}.svg`), svg);
	writeFileSync(join(outDir, `${name}.png`), svgToPng(svg));
	console.log(join(outDir, `${name}.png`));
}
