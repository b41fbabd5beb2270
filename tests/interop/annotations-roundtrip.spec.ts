/**
 * The call timeline's citations as W3C Web Annotations, end to end through the real scripts:
 * `npm run export -- <slug> --format annotations`, then `npm run import` of that file into a
 * copy of the timeline without citations. The citations must come back as they were (source,
 * quote character for character, note, whose account), every quote verified at the same place.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { AnnotationCollection } from '../../src/lib/interop/export/annotations';
import { validateFolder } from '../../src/lib/server/timelines';

const run = promisify(execFile);
const SLUG = '2025-03-18-putin-trump-call';

async function cli(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run('npx', ['tsx', `scripts/${script}.ts`, ...args], { env: { ...process.env, NO_COLOR: '1' } });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

function validated(folder: string, slug: string) {
	const result = validateFolder(folder, slug);
	if (!result.ok) throw new Error(`${folder} does not validate`);
	return result.timeline;
}

/** A copy of the call timeline in a temporary folder, its events' citations taken out. */
function copyWithoutCitations(): { folder: string; slug: string } {
	const slug = 'call-copy';
	const folder = join(mkdtempSync(join(tmpdir(), 'citeline-annotations-')), slug);
	cpSync(`data/timelines/${SLUG}`, folder, { recursive: true });
	const file = join(folder, 'timeline.json');
	const timeline = JSON.parse(readFileSync(file, 'utf8')) as { events: Array<{ citations?: unknown }> };
	for (const event of timeline.events) delete event.citations;
	writeFileSync(file, JSON.stringify(timeline, null, '\t'));
	return { folder, slug };
}

describe('annotations: export, import into a copy without citations', () => {
	it('brings every citation back, every quote verified', async () => {
		const original = validated(`data/timelines/${SLUG}`, SLUG);
		const out = join(mkdtempSync(join(tmpdir(), 'citeline-annotations-')), 'call.annotations.json');
		const exported = await cli('export', SLUG, '--format', 'annotations', '--base-url', 'https://citeline.example', '--out', out);
		expect(exported.code).toBe(0);

		const collection = JSON.parse(readFileSync(out, 'utf8')) as AnnotationCollection;
		const citationCount = original.events.flatMap((e) => e.citations).length;
		expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: citationCount });
		const first = collection.first.items[0];
		expect(first?.target.source).toMatch(new RegExp(`^https://citeline\\.example/t/${SLUG}/sources/[a-z0-9-]+\\.txt$`));
		expect(first?.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);

		const copy = copyWithoutCitations();
		expect(validateFolder(copy.folder, copy.slug).ok).toBe(false); // strict, and no event has a quote now
		const imported = await cli('import', out, '--to', copy.folder);
		expect(imported.stderr).not.toMatch(/✗/);
		expect(imported.code).toBe(0);
		expect(imported.stdout).toContain(`Web Annotations: ${citationCount} citations added`);
		expect(imported.stdout).toContain('0 annotations not taken');

		const back = validated(copy.folder, copy.slug);
		const citationsOf = (timeline: typeof original) => timeline.events.map((e) => ({ id: e.id, citations: e.citations }));
		expect(citationsOf(back)).toEqual(citationsOf(original));
		expect(back.events.flatMap((e) => e.citations).every((c) => c.verification.state === 'verified')).toBe(true);
	}, 60_000);

	it('reports each annotation it does not take, and adds the others', async () => {
		const out = join(mkdtempSync(join(tmpdir(), 'citeline-annotations-')), 'call.annotations.json');
		expect((await cli('export', SLUG, '--format', 'annotations', '--out', out)).code).toBe(0);
		const collection = JSON.parse(readFileSync(out, 'utf8')) as AnnotationCollection;
		const [a, b, ...rest] = collection.first.items;
		if (!a || !b) throw new Error('too few annotations');
		(a.target.selector[0] as { exact: string }).exact = 'Words no source has.';
		(a.target.selector[1] as { start: number }).start = 0;
		b.body = [{ type: 'SpecificResource', purpose: 'linking', source: '/t/x?event=no-such-event' }];
		collection.first.items = [a, b, ...rest];
		writeFileSync(out, JSON.stringify(collection));

		const copy = copyWithoutCitations();
		const imported = await cli('import', out, '--to', copy.folder);
		expect(imported.stdout).toContain(`annotation 1 (${a.id}): not taken: the quote "Words no source has." is not in the archived text of source`);
		expect(imported.stdout).toContain(`annotation 2 (${b.id}): not taken: links to the event "no-such-event", which this timeline does not have`);
		expect(imported.stdout).toContain(`Web Annotations: ${rest.length} citations added`);
	}, 60_000);
});
