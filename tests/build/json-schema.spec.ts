import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineJsonSchema } from '../../src/lib/model/schema';

describe('docs/timeline.schema.json', () => {
	it('is the JSON Schema generated from src/lib/model/schema.ts (run `npm run schema` after changing the format)', () => {
		const committed = JSON.parse(readFileSync('docs/timeline.schema.json', 'utf8'));
		expect(committed).toEqual(timelineJsonSchema());
	});

	it('tells editors about unknown fields and the statuses', () => {
		const schema = timelineJsonSchema() as { additionalProperties?: boolean; properties: Record<string, { items?: { properties?: Record<string, { enum?: string[] }> } }> };
		expect(schema.additionalProperties).toBe(false);
		expect(schema.properties.events?.items?.properties?.status?.enum).toEqual(['happened', 'agreed', 'announced', 'proposed', 'stated', 'discussed', 'unassessed']);
	});
});
