/**
 * Which event is open (selected) and which one holds the keyboard focus in the timeline.
 * They differ: arrow keys move the focus; Enter or a click opens.
 */
export class Selection {
	/** The event whose details are open, if any. */
	selected: string | undefined = $state();
	/** The event that gets tabindex=0 in the roving focus. */
	focused: string | undefined = $state();

	open(id: string): void {
		this.selected = id;
		this.focused = id;
	}

	close(): void {
		this.selected = undefined;
	}
}
