/**
 * The themes' colours pass WCAG AA in both themes, read from theme.css itself so that a
 * changed token is checked. axe checks text on the rendered page; this also covers what
 * axe does not see: lane colours on marks and rules (graphics, 3:1) and the auto theme.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANE_COLOURS } from '../components/marks';

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

const light = tokensOf(':root,');
const dark = tokensOf("[data-theme='dark'],");
const autoDark = tokensOf("\t[data-theme='auto'],");
const themes = { light: new Map([...light]), dark: new Map([...light, ...dark]) };

describe('theme tokens', () => {
	it('the auto theme in a dark system is exactly the dark theme', () => {
		expect(Object.fromEntries(autoDark)).toEqual(Object.fromEntries(dark));
	});

	for (const [name, tokens] of Object.entries(themes)) {
		const token = (key: string) => {
			const value = tokens.get(key);
			if (!value) throw new Error(`${name} theme has no ${key}`);
			return value;
		};
		describe(`${name} theme`, () => {
			const grounds = ['--citeline-bg', '--citeline-surface'];
			it.each(['--citeline-text', '--citeline-muted', '--citeline-accent'].flatMap((fg) => grounds.map((bg) => [fg, bg])))(
				'%s on %s is readable text (4.5:1)',
				(fg, bg) => {
					expect(contrast(token(fg), token(bg))).toBeGreaterThanOrEqual(4.5);
				}
			);
			it('quoted passages stay readable on the highlight', () => {
				expect(contrast(token('--citeline-text'), token('--citeline-highlight'))).toBeGreaterThanOrEqual(4.5);
			});
			it('the focus ring stands out from the background (3:1)', () => {
				expect(contrast(token('--citeline-focus'), token('--citeline-bg'))).toBeGreaterThanOrEqual(3);
			});
			it('declares the lane colours of marks.ts', () => {
				const palette = LANE_COLOURS[name as keyof typeof LANE_COLOURS];
				expect(palette.map((_, i) => token(`--citeline-lane-${i}`))).toEqual([...palette]);
			});
			it.each(LANE_COLOURS[name as keyof typeof LANE_COLOURS].flatMap((colour) => grounds.map((bg) => [colour, bg])))(
				'lane colour %s on %s passes 4.5:1',
				(colour, bg) => {
					expect(contrast(colour, token(bg))).toBeGreaterThanOrEqual(4.5);
				}
			);
		});
	}
});
