/**
 * The themes' colours (src/lib/styles/colours.ts, the one list) pass WCAG AA in both themes,
 * and theme.css declares exactly them, so that the page, a host's defaults and the exported
 * pictures agree. axe checks text on the rendered page; this also covers what axe does not
 * see: lane colours on marks and rules (graphics, 3:1), the auto theme and the pictures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANE_COLOUR_COUNT, THEME_COLOURS, themeCustomProperties } from './colours';

const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');

/** The custom properties declared in the first rule whose selector list contains `selector`. */
function tokensOf(selector: string): Map<string, string> {
	const at = css.indexOf(selector);
	if (at < 0) throw new Error(`theme.css has no rule for ${selector}`);
	const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
	return new Map([...body.matchAll(/(--citeline-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] as string, (m[2] as string).trim()]));
}

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
	return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** theme.css's rules: the light theme (:root, :host), the dark one, and the auto one in a dark system. */
const cssRules = {
	light: tokensOf(':root,'),
	dark: tokensOf("[data-theme='dark'],"),
	autoDark: tokensOf("\t[data-theme='auto'],")
};
/** The colour tokens of a rule: every one but the fonts. */
const coloursOf = (rule: Map<string, string>) => Object.fromEntries([...rule].filter(([name]) => !name.startsWith('--citeline-font')));

describe('theme.css', () => {
	it('declares the light colours of colours.ts, and no others', () => {
		expect(coloursOf(cssRules.light)).toEqual(themeCustomProperties('light'));
	});
	it('declares the dark colours of colours.ts, and no others', () => {
		expect(coloursOf(cssRules.dark)).toEqual(themeCustomProperties('dark'));
	});
	it('the auto theme in a dark system is exactly the dark theme', () => {
		expect(Object.fromEntries(cssRules.autoDark)).toEqual(Object.fromEntries(cssRules.dark));
	});
});

describe('theme colours (colours.ts)', () => {
	for (const name of ['light', 'dark'] as const) {
		const colours = THEME_COLOURS[name];
		describe(`${name} theme`, () => {
			const grounds = ['bg', 'surface'] as const;
			it.each((['text', 'muted', 'accent'] as const).flatMap((fg) => grounds.map((bg) => [fg, bg] as const)))('%s on %s is readable text (4.5:1)', (fg, bg) => {
				expect(contrast(colours[fg], colours[bg])).toBeGreaterThanOrEqual(4.5);
			});
			it('quoted passages stay readable on the highlight', () => {
				expect(contrast(colours.text, colours.highlight)).toBeGreaterThanOrEqual(4.5);
			});
			it('the focus ring stands out from the background (3:1)', () => {
				expect(contrast(colours.focus, colours.bg)).toBeGreaterThanOrEqual(3);
			});
			it(`has ${LANE_COLOUR_COUNT} lane colours, all different`, () => {
				expect(new Set(colours.lanes).size).toBe(LANE_COLOUR_COUNT);
			});
			it.each(colours.lanes.flatMap((colour) => grounds.map((bg) => [colour, bg] as const)))('lane colour %s on %s passes 4.5:1', (colour, bg) => {
				expect(contrast(colour, colours[bg])).toBeGreaterThanOrEqual(4.5);
			});
		});
	}
});
