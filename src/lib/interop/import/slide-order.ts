/**
 * TimelineJS shows its slides in the order of their start dates (events with the same start
 * keep the file's order); Citeline's story mode tells events in time order unless the
 * timeline declares a `story`. The two agree for almost every file, as both sort by the
 * start; they differ only where Citeline places an event by another date than TimelineJS's
 * start_date (a `citeline.when` written back by Citeline's own export, e.g. "on or before").
 * Then the import writes the slide order as the story, so that story mode keeps it.
 */
export interface Slide {
	id: string;
	/** TimelineJS's start_date, as an instant. */
	slideMs: number;
	/** The instant Citeline sorts the event by (its when's sortMs). */
	sortMs: number;
}

/** The slide order as a story, or undefined when it is time order already. */
export function storyOfSlides(slides: readonly Slide[]): string[] | undefined {
	const indexed = slides.map((slide, i) => ({ ...slide, i }));
	const bySlide = [...indexed].sort((a, b) => a.slideMs - b.slideMs || a.i - b.i).map((s) => s.id);
	const byTime = [...indexed].sort((a, b) => a.sortMs - b.sortMs || a.i - b.i).map((s) => s.id);
	return bySlide.some((id, i) => id !== byTime[i]) ? bySlide : undefined;
}
