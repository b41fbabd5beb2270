/**
 * Fitting text into a picture without a DOM: width estimates, line wrapping and truncation.
 *
 * An SVG string cannot ask a browser how wide its text is, so widths come from the advance
 * widths of DejaVu Sans (the first font in the picture's font stack, and the one the PNG is
 * rendered with), measured once with resvg. Other fonts in the stack (Liberation Sans,
 * Arial) are narrower, so the estimates err on the side of room to spare.
 */

// Advance widths of ASCII 32–126 in thousandths of an em, DejaVu Sans regular and bold.
const REGULAR = [
	318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 316, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838,
	838, 838, 531, 1000, 709, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 595, 732, 684, 989, 685, 611,
	685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 344, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 395, 521, 392, 634, 592,
	818, 592, 592, 525, 636, 337, 636, 838
];
const BOLD = [
	348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838,
	838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 680, 703, 812, 774, 1103, 771,
	724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 405, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478,
	712, 652, 924, 645, 652, 582, 712, 365, 712, 838
];

export interface TextStyle {
	fontPx: number;
	bold?: boolean;
}

function charEm(char: string, bold: boolean): number {
	const code = char.codePointAt(0) ?? 0;
	if (code >= 32 && code < 127) return ((bold ? BOLD : REGULAR)[code - 32] as number) / 1000;
	if (char === '–' || char === '…' || char === '—') return char === '–' ? 0.5 : 1;
	if (/[\u2018\u2019\u201c\u201d]/.test(char)) return bold ? 0.66 : 0.52;
	// Wide scripts (CJK and the like) take a full em.
	if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60))) return 1;
	// Cyrillic, Greek, accented Latin: capitals are wider than lower case.
	const upper = char !== char.toLowerCase();
	return bold ? (upper ? 0.86 : 0.72) : upper ? 0.76 : 0.66;
}

/** Estimated width of a single line of text, px. */
export function textWidthPx(text: string, style: TextStyle): number {
	let em = 0;
	for (const char of text) em += charEm(char, style.bold ?? false);
	return em * style.fontPx;
}

/** The text, cut at a character boundary and ended with "…" so that it fits `maxPx`. */
export function truncateText(text: string, maxPx: number, style: TextStyle): string {
	if (textWidthPx(text, style) <= maxPx) return text;
	const chars = [...text];
	const ellipsisPx = textWidthPx('…', style);
	let used = 0;
	let end = 0;
	while (end < chars.length) {
		const next = textWidthPx(chars[end] as string, style);
		if (used + next + ellipsisPx > maxPx) break;
		used += next;
		end++;
	}
	return end === 0 ? '' : `${chars.slice(0, end).join('').trimEnd()}…`;
}

/**
 * Breaks text into lines at spaces so that each fits `maxPx`; a word longer than a line is
 * cut. At most `maxLines`: the last line ends with "…" when text was left over, so nothing
 * disappears without a sign.
 */
export function wrapText(text: string, maxPx: number, style: TextStyle, maxLines = Infinity): string[] {
	const words = text.split(/\s+/).filter((w) => w.length > 0);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (textWidthPx(candidate, style) <= maxPx || !line) line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	const fitted = lines.map((l) => truncateText(l, maxPx, style));
	if (fitted.length <= maxLines) return fitted;
	const kept = fitted.slice(0, maxLines);
	const last = kept[maxLines - 1] as string;
	kept[maxLines - 1] = truncateText(`${last.replace(/…$/, '')}…`, maxPx, style).replace(/…?$/, '…');
	return kept;
}
