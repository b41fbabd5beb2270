/**
 * The JSON-LD of a timeline page against the schema.org vocabulary: every @type must be a
 * schema.org type, and every property one that the type (or a type it inherits from)
 * has. The vocabulary is read from schema-dts (the npm package of schema.org's types,
 * generated from the vocabulary's definitions), so the check follows schema.org, not a copy
 * of our own expectations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseWhen } from '../model/dates';
import { datasetTimeline, generatedTimeline } from '../payload/testing';
import { eventDates, jsonLdScriptText, MAX_JSON_LD_EVENTS, schemaOrgDate, timelineJsonLd } from './schema-org';

/** type → its properties, with the types it inherits from, from schema-dts's declarations. */
function schemaOrgVocabulary(): { types: Set<string>; propertiesOf: (type: string) => Set<string> } {
	const require = createRequire(import.meta.url);
	const text = readFileSync(require.resolve('schema-dts/dist/schema.d.ts'), 'utf8');
	// interface XBase extends YBase, ZBase { "prop"?: …; … }   and   interface XLeaf extends XBase { "@type": "X"; }
	const bases = new Map<string, { parents: string[]; properties: string[] }>();
	const typeBase = new Map<string, string>();
	for (const match of text.matchAll(/^(?:export )?interface (\w+) extends ([\w, <>]+?) \{\n([\s\S]*?)^\}/gm)) {
		const [, name, parents, body] = match as unknown as [string, string, string, string];
		const typeName = /^\s*"@type": "(\w+)";/m.exec(body)?.[1];
		if (typeName && name.endsWith('Leaf')) {
			typeBase.set(typeName, (parents.split(',')[0] as string).trim());
			continue;
		}
		const properties = [...body.matchAll(/^\s*"([\w@]+)"\??:/gm)].map((m) => m[1] as string);
		bases.set(
			name,
			{ parents: parents.split(',').map((p) => p.trim()).filter((p) => p.endsWith('Base')), properties }
		);
	}
	const collect = (base: string, into: Set<string>) => {
		const entry = bases.get(base);
		if (!entry) return;
		for (const p of entry.properties) into.add(p);
		for (const parent of entry.parents) collect(parent, into);
	};
	return {
		types: new Set(typeBase.keys()),
		propertiesOf: (type) => {
			const found = new Set<string>();
			collect(typeBase.get(type) ?? '', found);
			return found;
		}
	};
}

const vocabulary = schemaOrgVocabulary();
const JSON_LD_KEYWORDS = new Set(['@context', '@type', '@id']);

/** Every node with a @type, its type and property names checked; returns the problems. */
function vocabularyProblems(value: unknown, path = '$'): string[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => vocabularyProblems(v, `${path}[${i}]`));
	if (value === null || typeof value !== 'object') return [];
	const node = value as Record<string, unknown>;
	const problems: string[] = [];
	const type = node['@type'];
	if (typeof type !== 'string') problems.push(`${path}: no @type`);
	else if (!vocabulary.types.has(type)) problems.push(`${path}: "${type}" is not a schema.org type`);
	else {
		const properties = vocabulary.propertiesOf(type);
		for (const key of Object.keys(node)) {
			if (!JSON_LD_KEYWORDS.has(key) && !properties.has(key)) problems.push(`${path}: "${key}" is not a property of ${type}`);
		}
	}
	for (const [key, child] of Object.entries(node)) if (typeof child === 'object') problems.push(...vocabularyProblems(child, `${path}.${key}`));
	return problems;
}

const point = (edtf: string) => {
	const parsed = parseWhen(edtf);
	if (!parsed.ok || parsed.when.kind !== 'point') throw new Error(edtf);
	return parsed.when.date;
};

describe('the vocabulary check itself', () => {
	it('knows schema.org: Event has startDate and recordedIn, Quotation inherits isBasedOn from CreativeWork', () => {
		expect(vocabulary.types.size).toBeGreaterThan(500);
		expect(vocabulary.types.has('Event')).toBe(true);
		expect(vocabulary.propertiesOf('Event')).toContain('recordedIn');
		expect(vocabulary.propertiesOf('Quotation')).toContain('isBasedOn');
		expect(vocabulary.propertiesOf('NewsArticle')).toContain('headline');
		expect(vocabulary.propertiesOf('ListItem')).toContain('position');
	});

	it('catches a made-up type and a property the type does not have', () => {
		expect(vocabularyProblems({ '@type': 'Happening', name: 'x' })).toEqual(['$: "Happening" is not a schema.org type']);
		expect(vocabularyProblems({ '@type': 'Event', headline: 'x' })).toEqual(['$: "headline" is not a property of Event']);
	});
});

describe('timelineJsonLd', () => {
	const timeline = datasetTimeline();
	const jsonLd = timelineJsonLd(timeline, { origin: 'https://citeline.example', pagePath: `/t/${timeline.slug}` });

	it('uses only schema.org types and properties', () => {
		expect(vocabularyProblems(jsonLd)).toEqual([]);
	});

	it('lists every event of the call in time order, with its quotes as Quotations based on their sources', () => {
		const items = jsonLd.itemListElement as unknown as Array<{ position: number; item: Record<string, unknown> }>;
		expect(items.map((i) => i.item.name)).toEqual(timeline.events.map((e) => e.title));
		expect(items.map((i) => i.position)).toEqual(timeline.events.map((_, i) => i + 1));
		const exchange = items.find((i) => i.item.name === 'Prisoner exchange, 175 for 175')?.item as Record<string, unknown>;
		expect(exchange.startDate).toBe('2025-03-19');
		const [quote] = exchange.recordedIn as Array<Record<string, unknown>>;
		const citation = timeline.events.find((e) => e.id === 'prisoner-exchange')?.citations[0];
		expect(quote).toMatchObject({ '@type': 'Quotation', text: citation?.quote, isBasedOn: { '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Weekly Blitz (BLiTZ)' } } });
		expect(quote?.url).toMatch(/^https:\/\/citeline\.example\/t\/[a-z0-9-]+\/sources\/weekly-blitz#quote-\d+-\d+$/);
	});

	it('a source with no publisher is a CreativeWork, with no publisher invented', () => {
		const unattributed = (jsonLd.itemListElement as unknown as Array<{ item: { recordedIn?: Array<{ isBasedOn: Record<string, unknown> }> } }>)
			.flatMap((i) => i.item.recordedIn ?? [])
			.map((q) => q.isBasedOn)
			.find((s) => String(s['@id']).endsWith('/unattributed-report'));
		expect(unattributed?.['@type']).toBe('CreativeWork');
		expect(unattributed).not.toHaveProperty('publisher');
		expect(unattributed).not.toHaveProperty('name');
	});

	it('carries at most MAX_JSON_LD_EVENTS events, and says how many there are', () => {
		const long = generatedTimeline(MAX_JSON_LD_EVENTS + 50, 3);
		const capped = timelineJsonLd(long, { origin: '', pagePath: `/t/${long.slug}` });
		expect(capped.itemListElement).toHaveLength(MAX_JSON_LD_EVENTS);
		expect(capped.numberOfItems).toBe(MAX_JSON_LD_EVENTS + 50);
	});

	it("follows story mode's order when given one", () => {
		const order = [timeline.events[3]?.id, timeline.events[0]?.id] as string[];
		const story = timelineJsonLd(timeline, { origin: '', pagePath: `/t/${timeline.slug}/story`, order });
		expect((story.itemListElement as unknown as Array<{ item: { name: string } }>).map((i) => i.item.name)).toEqual([timeline.events[3]?.title, timeline.events[0]?.title]);
		expect(story).not.toHaveProperty('itemListOrder');
	});
});

describe('dates at their precision', () => {
	it.each<[string, string | undefined]>([
		['2025', '2025'],
		['2025-03', '2025-03'],
		['2025-03-19', '2025-03-19'],
		['2025-03-19?', '2025-03-19'],
		['2025-03-18T10:00Z', '2025-03-18T10:00Z'],
		['196X', undefined],
		['2025-21', undefined]
	])('%s → %s', (edtf, expected) => {
		expect(schemaOrgDate(point(edtf))).toBe(expected);
	});

	it('a range has a start and an end; a date known only as a bound has neither', () => {
		const range = parseWhen('2025-03-18/2025-04-17~');
		const bounded = parseWhen('[2025-03-18..]');
		if (!range.ok || !bounded.ok) throw new Error('parse');
		expect(eventDates(range.when)).toEqual({ startDate: '2025-03-18', endDate: '2025-04-17' });
		expect(eventDates(bounded.when)).toEqual({});
	});
});

describe('jsonLdScriptText', () => {
	it('cannot close its script element, and parses back to the same value', () => {
		const value = { name: 'A </script><script>alert(1)</script> & <!-- title', line: 'a\u2028b' };
		const text = jsonLdScriptText(value);
		expect(text).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(text)).toEqual(value);
	});
});
