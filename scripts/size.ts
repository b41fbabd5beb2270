/**
 * `npm run size`: prints the raw and gzipped size of the web component, build/citeline.js
 * (built by `npm run build`), and exits 1 if the gzipped size is over BUDGET_GZIP_BYTES.
 *
 * The budget: when it was set the file was ~66 kB gzipped (roughly: Svelte's runtime 23 kB,
 * d3 scale/zoom/transition 21 kB, Citeline's components, layout and CSS 17 kB, date-fns with
 * one locale 6 kB), against ~107 kB for the scripts of the iframe widget's page. 80 kB leaves
 * ~20 % for growth while catching the mistakes that matter: pulling zod into the widget (it
 * is only needed to validate source files; see vite.element.config.ts) adds ~25 kB, and all
 * of date-fns's locales far more.
 * Raise it deliberately, with the reason, never just to get a build through.
 *
 * Since the widget reads a timeline part by part (src/lib/payload), what it loads before it
 * draws is citeline.js plus the chunks that file imports statically (a shared chunk the
 * bundler splits off when a lazily loaded chunk needs the same code); those count too, each
 * gzipped on its own as each is its own request. Lazily loaded chunks (languages, the
 * density drawing, the checks of a file's shape, the search index) do not. Raised from 80 to
 * 85 kB with the payload reader, the manifest check and density (issue 11), then to 95 kB
 * with the filters and the search summary the element's attributes drive (issue 13): both
 * real features every reader of a large timeline gets, not growth to hide. Lowered to 80 kB
 * when it fell to 75 kB: the zoom transform no longer comes from d3-zoom (which brought
 * d3-transition, d3-selection and d3-drag), and the details panel, the filters and the story
 * load when first used. Lowered to 70 kB when it fell to 64 kB: the chart's time scale is
 * its own linear map (layout/time-scale.ts) instead of d3-scale's, which brought
 * d3-interpolate, d3-color and d3-time-format (~9 kB), and the filters' arithmetic loads with
 * the facets. Lowered to 62 kB when it fell to 60 kB: citeline.js holds all it runs at
 * first (no static chunks split off beside it), the element is a class of our own instead of
 * Svelte's customElement wrapper and legacy API, the components' CSS strings are minified,
 * and the shadow root gets base.css, not the site document's styles. Issue 11 asks 50 kB.
 * Hand-written replacements for date-fns's format (with TZDate/UTCDate) and d3-time would
 * save ~6 kB more; we keep the libraries, as our stack decides, and pay those bytes. The rest
 * is Svelte's runtime (~15 kB), the widget's English words (~1.7 kB) and the chart itself.
 * Lowered to 61 kB when it fell to 59 kB: the overview strip (Minimap) loads once the chart
 * has mounted. Lowered to 58 kB when it fell to 55.9 kB: the search box is passed in by the
 * pages that show one (SearchBox), and the site's own words are in a table of their own
 * (i18n/messages/site/), neither of which the element shows. 58 kB catches a stray library.
 */
import { elementSize } from './element-size';

export const BUDGET_GZIP_BYTES = 58 * 1024;

const file = process.argv[2] ?? 'build/citeline.js';
let size: ReturnType<typeof elementSize>;
try {
	size = elementSize(file);
} catch {
	console.error(`size: no ${file}; run \`npm run build\` first`);
	process.exit(1);
}
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(
	`${file}${size.statics.length > 0 ? ` and ${size.statics.join(', ')}` : ''}: ${kB(size.raw)} raw (${size.raw} bytes), ${kB(size.gzipped)} gzipped (${size.gzipped} bytes); budget ${kB(BUDGET_GZIP_BYTES)} gzipped`
);
if (size.gzipped > BUDGET_GZIP_BYTES) {
	console.error(`size: ${file} is ${kB(size.gzipped - BUDGET_GZIP_BYTES)} over its budget`);
	process.exit(1);
}
