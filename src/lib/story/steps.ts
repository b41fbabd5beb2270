/**
 * Story mode's steps: a title slide, then the story's events one at a time.
 *
 * Which events, in which order: the timeline's own `story` (a list of event ids, in the
 * manifest), or every event in time order. The events are read through the payload, part
 * by part: the story never holds the whole timeline, so a long one steps as lightly as a
 * short one. No DOM, no Svelte.
 */
import type { PayloadReader } from '../payload/reader';

export class StorySteps {
	readonly #reader: PayloadReader;
	/** The declared order, when the timeline has one. */
	readonly #declared: readonly string[] | undefined;
	readonly #declaredIndex: ReadonlyMap<string, number>;
	/** How many events the story tells (the title slide is not one of them). */
	readonly count: number;

	constructor(reader: PayloadReader) {
		this.#reader = reader;
		this.#declared = reader.manifest.meta.story?.events;
		this.#declaredIndex = new Map((this.#declared ?? []).map((id, i) => [id, i]));
		this.count = this.#declared ? this.#declared.length : reader.manifest.eventCount;
	}

	/** Whether the timeline declares its own story order (else: time order). */
	get declared(): boolean {
		return this.#declared !== undefined;
	}

	/** The id of the story's event at `index` (0-based), or undefined outside the story. */
	async idAt(index: number): Promise<string | undefined> {
		if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
		if (this.#declared) return this.#declared[index];
		const part = this.#reader.partAt(index);
		const marks = await this.#reader.marks(part);
		return marks[index - (this.#reader.manifest.parts[part]?.first ?? 0)]?.id;
	}

	/** Where an event stands in the story (0-based), or undefined when the story does not tell it. */
	async indexOf(id: string): Promise<number | undefined> {
		if (this.#declared) return this.#declaredIndex.get(id);
		return this.#reader.orderOf(id);
	}
}
