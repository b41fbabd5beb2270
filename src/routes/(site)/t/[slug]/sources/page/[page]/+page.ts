import { plainPages } from '$lib/plain/plain-pages';
import type { PageLoad } from './$types';

// A page of sources is plain HTML: nothing on it needs JavaScript, and without hydration its
// sources are not sent a second time as data. Its data is read on the server (see
// $lib/plain/plain-pages.ts), so that SvelteKit writes no __data.json for it.
export const csr = false;

export const load: PageLoad = async ({ params, url }) => (await plainPages(url)).sourceListPage(params.slug, params.page);
