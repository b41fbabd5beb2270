import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { plainPages, providePlainPages } from '../plain/plain-pages';
import { listPage, listPageCount } from './list-pages';
import { plainPagesOnTheServer } from './plain-pages';
import { sourcePage } from './source-pages';
import { loadTimelines } from './timelines';
import { thrownBy } from '../testing/thrown-by';

const SLUG = [...loadTimelines().keys()][0] as string;
const timeline = loadTimelines().get(SLUG)!.timeline;

describe('the plain pages on the server', () => {
	it('a page of the list: its events, the links elsewhere, its number and the count', () => {
		expect(plainPagesOnTheServer.eventListPage(SLUG, '1')).toEqual({ ...listPage(timeline, 1, `/t/${SLUG}`), page: 1, pageCount: listPageCount(timeline.events.length) });
	});

	it('a page of sources: the timeline it belongs to and its sources', () => {
		const data = plainPagesOnTheServer.sourceListPage(SLUG, '1');
		expect(data.timeline).toEqual({ slug: SLUG, title: timeline.title, language: timeline.language });
		expect(data.sources).toEqual(sourcePage(timeline, 1));
		expect([data.page, data.pageCount]).toEqual([1, 1]);
	});

	it.each([
		['eventListPage', '0', 'list page 0'],
		['eventListPage', '2', 'list page 2'],
		['sourceListPage', 'x', 'source page x']
	] as const)('%s(%s) is a 404 that names the page', (kind, page, words) => {
		const e = thrownBy(() => plainPagesOnTheServer[kind](SLUG, page));
		expect(isHttpError(e, 404)).toBe(true);
		expect(isHttpError(e) && e.body.message).toBe(`Timeline "${SLUG}" has no ${words}`);
	});

	it('without a provider (outside the server) the universal load says where it comes from; with one, gives it', async () => {
		await expect(plainPages(new URL('http://x/t/a/events/1'))).rejects.toThrow(/src\/hooks\.server\.ts registers its provider/);
		providePlainPages(plainPagesOnTheServer);
		await expect(plainPages(new URL('http://x/t/a/events/1'))).resolves.toBe(plainPagesOnTheServer);
	});
});
