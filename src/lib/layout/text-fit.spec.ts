import { describe, expect, it } from 'vitest';
import { textWidthPx, truncateText, wrapText } from './text-fit';
import { escapeXml } from '../render/xml';

const STYLE = { fontPx: 13 };

describe('escapeXml', () => {
	it.each([
		['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
		[`"quoted" and 'single'`, '&quot;quoted&quot; and &apos;single&apos;'],
		['&amp; stays text', '&amp;amp; stays text'],
		['bell\u0007 and null\u0000 removed, tab\tkept', 'bell and null removed, tab\tkept'],
		['Путін — 18 березня', 'Путін — 18 березня']
	])('%j → %j', (input, output) => {
		expect(escapeXml(input)).toBe(output);
	});
});

describe('text fitting', () => {
	it('measures wider text as wider, bold wider than regular, and scales with the font size', () => {
		expect(textWidthPx('mmmm', STYLE)).toBeGreaterThan(textWidthPx('iiii', STYLE));
		expect(textWidthPx('Relations', { fontPx: 13, bold: true })).toBeGreaterThan(textWidthPx('Relations', STYLE));
		expect(textWidthPx('Relations', { fontPx: 26 })).toBeCloseTo(2 * textWidthPx('Relations', STYLE));
	});

	it('leaves text that fits alone, and ends text that does not with "…" within the width', () => {
		expect(truncateText('Short', 200, STYLE)).toBe('Short');
		const cut = truncateText('Russia to hand over 23 severely wounded Ukrainian soldiers', 150, STYLE);
		expect(cut.endsWith('…')).toBe(true);
		expect(textWidthPx(cut, STYLE)).toBeLessThanOrEqual(150);
		expect('Russia to hand over 23 severely wounded Ukrainian soldiers'.startsWith(cut.slice(0, -1))).toBe(true);
	});

	it('wraps at spaces into lines that fit, keeping every word, or marks the cut with "…"', () => {
		const text = 'Prisoners and soldiers who surrender in Kursk';
		const lines = wrapText(text, 120, STYLE);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(textWidthPx(line, STYLE)).toBeLessThanOrEqual(120);
		expect(lines.join(' ')).toBe(text);
		const two = wrapText(text, 120, STYLE, 2);
		expect(two).toHaveLength(2);
		expect(two[1]?.endsWith('…')).toBe(true);
	});
});
