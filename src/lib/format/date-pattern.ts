/**
 * The few date-fns `format` tokens Citeline writes dates with, read from an instant's UTC
 * fields, with the words (months, weekdays, eras) from a date-fns locale: the same text as
 * date-fns's `format(ms, pattern, { in: utc, locale })` (date-pattern.spec.ts compares them on
 * every token, in every language), without date-fns's engine of some forty tokens and its
 * UTCDate and TZDate classes, which were a tenth of the web component (~5 kB gzipped).
 *
 * Tokens: y (the era year: 1 BC is 1), G GG GGG (era), d dd, MM MMM MMMM (month, the
 * formatting form), LLL LLLL (month standing alone), EEE EEEE EEEEEE (weekday), HH, mm, ss,
 * SSS; 'quoted text'; any other character but a latin letter as it is. Another token is a
 * RangeError naming it, as date-fns's own unknown tokens are.
 */
import type { Locale } from 'date-fns';

const PARTS = /'(?:''|[^'])*(?:'|$)|([A-Za-z])\1*|[^A-Za-z']+/g;

const pad = (n: number, length: number) => String(n).padStart(length, '0');

/** `format(ms, pattern, { in: utc, locale })`, for the tokens listed above. */
export function formatUtc(ms: number, pattern: string, locale: Locale): string {
	const date = new Date(ms);
	if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
	return pattern.replace(PARTS, (part) => {
		if (part[0] === "'") return part === "''" ? "'" : part.slice(1, part.length > 1 && part.endsWith("'") ? -1 : undefined).replace(/''/g, "'");
		if (!/^[A-Za-z]/.test(part)) return part;
		const text = formatToken(date, part, locale);
		if (text === undefined) throw new RangeError(`formatUtc: the token ${part} (in "${pattern}") is not supported; see src/lib/format/date-pattern.ts`);
		return text;
	});
}

function formatToken(date: Date, token: string, { localize }: Locale): string | undefined {
	const year = date.getUTCFullYear();
	const month = date.getUTCMonth();
	switch (token) {
		case 'y':
			return String(year > 0 ? year : 1 - year);
		case 'G':
		case 'GG':
		case 'GGG':
			return localize.era(year > 0 ? 1 : 0, { width: 'abbreviated' });
		case 'd':
		case 'dd':
			return pad(date.getUTCDate(), token.length);
		case 'MM':
			return pad(month + 1, 2);
		case 'MMM':
		case 'MMMM':
		case 'LLL':
		case 'LLLL':
			return localize.month(month as Parameters<Locale['localize']['month']>[0], {
				width: token.length === 3 ? 'abbreviated' : 'wide',
				context: token[0] === 'M' ? 'formatting' : 'standalone'
			});
		case 'EEE':
		case 'EEEE':
		case 'EEEEEE':
			return localize.day(date.getUTCDay() as Parameters<Locale['localize']['day']>[0], {
				width: token.length === 3 ? 'abbreviated' : token.length === 4 ? 'wide' : 'short',
				context: 'formatting'
			});
		case 'HH':
			return pad(date.getUTCHours(), 2);
		case 'mm':
			return pad(date.getUTCMinutes(), 2);
		case 'ss':
			return pad(date.getUTCSeconds(), 2);
		case 'SSS':
			return pad(date.getUTCMilliseconds(), 3);
		default:
			return undefined;
	}
}
