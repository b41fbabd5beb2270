/**
 * The studio's state: the draft with its undo history, what the validator says about it, and
 * what is open (a source in the reader, an event or discrepancy in the editor) or selected
 * (a passage to cite). Changes go through `apply`, which records an undo step; the model's
 * operations (src/lib/studio/draft.ts) do the work.
 */
import { tick } from 'svelte';
import type { Timeline } from '$lib/model/timeline';
import type { ValidationIssue } from '$lib/model/validate';
import { newDraft, type Draft, type Passage } from '$lib/studio/draft';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from '$lib/studio/history';
import { issueTarget, validateDraft } from '$lib/studio/validate-draft';

export type Focus = { kind: 'timeline' } | { kind: 'event'; id: string } | { kind: 'discrepancy'; id: string } | { kind: 'source'; id: string };

export class StudioState {
	history: History<Draft> = $state.raw(startHistory(newDraft()));
	readonly draft: Draft = $derived(this.history.present);
	readonly validation = $derived(validateDraft(this.draft));
	readonly issues: ValidationIssue[] = $derived(this.validation.ok ? [] : this.validation.issues);
	/** The timeline as the explorer will show it: the draft's, or the last one that validated. */
	readonly preview: Timeline | undefined = $derived.by(() => {
		if (this.validation.ok) this.#lastValid = this.validation.timeline;
		return this.#lastValid;
	});
	#lastValid: Timeline | undefined;

	/** The source shown in the reader. */
	readingSource: string | undefined = $state();
	/** What the editor shows. */
	focus: Focus = $state({ kind: 'timeline' });
	/** The passage last selected in the reader, waiting to be cited. */
	passage: Passage | undefined = $state.raw();
	/** Which problem "next problem" went to last. */
	#problemAt = -1;

	get canUndo() {
		return canUndo(this.history);
	}
	get canRedo() {
		return canRedo(this.history);
	}

	/** Applies a change as one undo step; `key` merges quick successive changes of one field (typing). */
	apply(change: (draft: Draft) => Draft, key?: string): void {
		this.history = record(this.history, change(this.draft), { key });
	}

	/** Applies a change that follows from the last one (an event named after its new title): undone with it. */
	applyWithPrevious(change: (draft: Draft) => Draft): void {
		this.history = record(this.history, change(this.draft), { mergeWithPrevious: true });
	}

	/** Starts over from this draft, with no undo history (a new timeline, an opened folder, a restored draft). */
	replace(draft: Draft): void {
		this.history = startHistory(draft);
		this.#lastValid = undefined;
		this.passage = undefined;
		this.focus = { kind: 'timeline' };
		this.readingSource = draft.timeline.sources?.[0]?.id;
	}

	undo(): void {
		this.history = undo(this.history);
		this.#keepFocusValid();
	}

	redo(): void {
		this.history = redo(this.history);
		this.#keepFocusValid();
	}

	#keepFocusValid() {
		const t = this.draft.timeline;
		const f = this.focus;
		if (f.kind === 'event' && !t.events.some((e) => e.id === f.id)) this.focus = { kind: 'timeline' };
		if (f.kind === 'discrepancy' && !(t.discrepancies ?? []).some((d) => d.id === f.id)) this.focus = { kind: 'timeline' };
		if (this.readingSource !== undefined && !(t.sources ?? []).some((s) => s.id === this.readingSource)) this.readingSource = t.sources?.[0]?.id;
	}

	/** Opens the element a problem is about and puts the cursor in its field. */
	async goToIssue(issue: ValidationIssue): Promise<void> {
		const target = issueTarget(issue, this.draft);
		if ((target.kind === 'event' || target.kind === 'discrepancy') && target.id !== undefined) this.focus = { kind: target.kind, id: target.id };
		else if (target.kind === 'source' && target.id !== undefined) {
			this.readingSource = target.id;
			this.focus = { kind: 'source', id: target.id };
		} else this.focus = { kind: 'timeline' };
		await tick();
		const editor = document.getElementById('studio-editor');
		// Lanes and actors are edited with the timeline, under their own list.
		const field = target.kind === 'category' ? 'categories' : target.kind === 'actor' ? 'actors' : target.field;
		const item = target.kind === 'category' || target.kind === 'actor' ? issue.entity.index : target.item;
		const element =
			(item !== undefined && editor?.querySelector<HTMLElement>(`[data-field="${field}"][data-item="${item}"]`)) ||
			editor?.querySelector<HTMLElement>(`[data-field="${field}"]`) ||
			editor?.querySelector<HTMLElement>('[data-field]');
		element?.scrollIntoView({ block: 'center' });
		(element?.matches('input, textarea, select, button') ? element : element?.querySelector<HTMLElement>('input, textarea, select, button'))?.focus();
	}

	/** Goes to the problem after the last one visited, round to the first. */
	nextIssue(): ValidationIssue | undefined {
		if (this.issues.length === 0) return undefined;
		this.#problemAt = (this.#problemAt + 1) % this.issues.length;
		const issue = this.issues[this.#problemAt] as ValidationIssue;
		void this.goToIssue(issue);
		return issue;
	}
}
