import { describe, expect, it } from 'vitest';
import { activeFilterCount, findParamEntries, NO_FILTERS, parseFindParams, toggleValue, withFindParams } from './filters';
import { createTranslator } from '../i18n/languages';

const VOCABULARY = { lanes: ['call', 'security'], actors: ['putin', 'trump'], sources: ['weekly-blitz', 'unattributed-report'] };

describe('parseFindParams', () => {
	it('reads the search and every filter, comma-separated or repeated', () => {
		const parsed = parseFindParams(
			new URLSearchParams('q=%20175%20&lane=security,call&status=agreed&status=announced&actor=putin&source=weekly-blitz&verification=verified,unsourced&discrepancy=yes'),
			VOCABULARY
		);
		expect(parsed).toEqual({
			query: '175',
			filters: { lanes: ['security', 'call'], statuses: ['agreed', 'announced'], actors: ['putin'], sources: ['weekly-blitz'], checks: ['verified', 'unsourced'], disputed: true },
			notices: []
		});
	});

	it('drops what the timeline does not have, with a notice naming each', () => {
		const parsed = parseFindParams(new URLSearchParams('lane=weather,call&status=done&actor=biden&verification=maybe&discrepancy=perhaps'), VOCABULARY);
		expect(parsed.filters).toEqual({ ...NO_FILTERS, lanes: ['call'] });
		expect(parsed.notices).toHaveLength(5);
		expect(parsed.notices[0]).toContain('weather');
		expect(parsed.notices[1]).toContain('done');
		expect(parsed.notices[4]).toContain('perhaps');
	});

	it('gives its notices in the reader’s language', () => {
		expect(parseFindParams(new URLSearchParams('status=done'), VOCABULARY, createTranslator('uk')).notices[0]).toMatch(/немає «done» для «status»/);
	});

	it('reads nothing from a query without its parameters', () => {
		expect(parseFindParams(new URLSearchParams('event=x&from=2025-03-18&to=2025-03-19'), VOCABULARY)).toEqual({ query: '', filters: NO_FILTERS, notices: [] });
	});
});

describe('writing the parameters', () => {
	const find = { query: 'prisoner exchange', filters: { ...NO_FILTERS, statuses: ['agreed', 'announced'] as const, disputed: true } };

	it('round-trips through a URL and keeps the other parameters', () => {
		const url = withFindParams(new URL('https://x.example/t/call?event=phone-call&from=2025-03-18T06:00Z&to=2025-03-19&q=old'), find);
		expect(url.search).toBe('?event=phone-call&from=2025-03-18T06:00Z&to=2025-03-19&q=prisoner+exchange&status=agreed,announced&discrepancy=yes');
		const back = parseFindParams(url.searchParams, VOCABULARY);
		expect({ query: back.query, filters: back.filters }).toEqual({ query: find.query, filters: { ...NO_FILTERS, statuses: ['agreed', 'announced'], disputed: true } });
	});

	it('removes its parameters when nothing is set', () => {
		expect(withFindParams(new URL('https://x.example/t/call?q=x&lane=call&lang=uk'), { query: ' ', filters: NO_FILTERS }).search).toBe('?lang=uk');
		expect(findParamEntries({ query: '', filters: NO_FILTERS })).toEqual([]);
	});

	it('toggles a value and counts the filters in use', () => {
		let filters = toggleValue(NO_FILTERS, 'statuses', 'agreed', true);
		filters = toggleValue(filters, 'statuses', 'agreed', true);
		filters = toggleValue(filters, 'lanes', 'call', true);
		expect(filters.statuses).toEqual(['agreed']);
		expect(activeFilterCount(filters)).toBe(2);
		expect(activeFilterCount(toggleValue(filters, 'statuses', 'agreed', false))).toBe(1);
	});
});
