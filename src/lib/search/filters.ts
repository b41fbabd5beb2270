/**
 * What a reader narrows a timeline to: the search words and the filters (lane, status,
 * actor, source, verification, "has a discrepancy"), and how they are written in a URL, an
 * embed's query or the web component's attributes:
 *
 *     ?q=prisoner&lane=humanitarian,security&status=agreed&actor=putin&source=weekly-blitz
 *      &verification=verified&discrepancy=yes
 *
 * Values within one filter are alternatives (any of them); filters combine (all of them).
 * Reading never throws: a value the timeline does not have is dropped with a notice naming
 * it, as the view parameters are (url-state.ts).
 */
import { english, type Translator } from '../i18n/translator';
import { STATUS_IDS, type Status } from '../model/vocabulary';

/** How an event is backed, as the verification filter names it. */
export const CHECK_IDS = ['verified', 'unverified', 'unsourced', 'unassessed'] as const;
export type Check = (typeof CHECK_IDS)[number];

export interface Filters {
	lanes: readonly string[];
	statuses: readonly Status[];
	actors: readonly string[];
	sources: readonly string[];
	checks: readonly Check[];
	/** Only events that a recorded discrepancy bears on. */
	disputed: boolean;
}

export const NO_FILTERS: Filters = { lanes: [], statuses: [], actors: [], sources: [], checks: [], disputed: false };

/** The search words and the filters together: what a link, an embed or an element asks for. */
export interface FindState {
	query: string;
	filters: Filters;
}

/** The ids a timeline has, against which parameters are checked. */
export interface FindVocabulary {
	lanes: readonly string[];
	actors: readonly string[];
	sources: readonly string[];
}

/** Filters that take a list, with their URL parameter. */
export const LIST_FILTERS = [
	{ key: 'lanes', param: 'lane' },
	{ key: 'statuses', param: 'status' },
	{ key: 'actors', param: 'actor' },
	{ key: 'sources', param: 'source' },
	{ key: 'checks', param: 'verification' }
] as const satisfies readonly { key: keyof Filters; param: string }[];
export type ListFilterKey = (typeof LIST_FILTERS)[number]['key'];

/** Every parameter this module reads, e.g. for the web component's attributes. */
export const FIND_PARAMS = ['q', ...LIST_FILTERS.map((f) => f.param), 'discrepancy'] as const;

/** How many filters are set (a list counts once). */
export function activeFilterCount(filters: Filters): number {
	return LIST_FILTERS.filter(({ key }) => filters[key].length > 0).length + (filters.disputed ? 1 : 0);
}

export function hasFilters(filters: Filters): boolean {
	return activeFilterCount(filters) > 0;
}

export interface ParsedFindParams extends FindState {
	notices: string[];
}

/** Reads `q` and the filters from a query; `notices` name what was ignored, in `t`'s language. */
export function parseFindParams(params: URLSearchParams, vocabulary: FindVocabulary, t: Translator = english): ParsedFindParams {
	const notices: string[] = [];
	const allowed: Record<ListFilterKey, readonly string[]> = {
		lanes: vocabulary.lanes,
		statuses: STATUS_IDS,
		actors: vocabulary.actors,
		sources: vocabulary.sources,
		checks: CHECK_IDS
	};
	const filters: Record<string, unknown> = { ...NO_FILTERS };
	for (const { key, param } of LIST_FILTERS) {
		const values = params.getAll(param).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
		const known: string[] = [];
		for (const value of values) {
			if (!allowed[key].includes(value)) notices.push(t.noticeUnknownFilter(param, value));
			else if (!known.includes(value)) known.push(value);
		}
		filters[key] = known;
	}
	const disputed = params.get('discrepancy');
	if (disputed !== null && disputed !== '') {
		if (disputed === 'yes') filters.disputed = true;
		else notices.push(t.noticeUnknownFilter('discrepancy', disputed));
	}
	return { query: (params.get('q') ?? '').trim(), filters: filters as unknown as Filters, notices };
}

/** The parameters of a search and its filters, in a fixed order, leaving out what is not set. */
export function findParamEntries(find: FindState): [string, string][] {
	const entries: [string, string][] = [];
	const query = find.query.trim();
	if (query) entries.push(['q', query]);
	for (const { key, param } of LIST_FILTERS) if (find.filters[key].length > 0) entries.push([param, find.filters[key].join(',')]);
	if (find.filters.disputed) entries.push(['discrepancy', 'yes']);
	return entries;
}

/** Writes the search and filters into a copy of `url`, keeping every other parameter. */
export function withFindParams(url: URL, find: FindState): URL {
	const next = new URL(url);
	for (const param of FIND_PARAMS) next.searchParams.delete(param);
	for (const [name, value] of findParamEntries(find)) next.searchParams.set(name, value);
	// Commas and colons are legal in a query; keeping them makes the link readable.
	next.search = next.searchParams.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
	return next;
}

/** Adds or removes one value of a list filter. */
export function toggleValue<K extends ListFilterKey>(filters: Filters, key: K, value: Filters[K][number], on: boolean): Filters {
	const current = filters[key] as readonly string[];
	const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
	return { ...filters, [key]: next };
}
