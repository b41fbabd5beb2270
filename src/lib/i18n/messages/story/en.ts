/**
 * The words of story mode (one event at a time: /t/<slug>/story, the embed's and the web
 * component's mode="story"), in English. They load with story mode rather than with every
 * page (messages/en.ts). uk.ts and ru.ts are typed against this.
 */
import { countOf } from '../../grammar';

const count = (n: number, one: string, other: string) => countOf('en', n, { one, other });

export const enStory = {
	storyLabel: 'Story',
	storyStart: 'Start the story',
	storyPrevious: 'Previous',
	storyNext: 'Next',
	/** Where the reader is: "4 of 16". */
	storyProgress: (n: number, total: number) => `${n} of ${total}`,
	/** Said by screen readers on each step: "4 of 16: Prisoner exchange". */
	storyStepAnnounced: (n: number, total: number, title: string) => `${n} of ${total}: ${title}`,
	storyTitleAnnounced: (title: string) => `Title slide: ${title}`,
	storyEventCount: (n: number) => `A story in ${count(n, 'step', 'steps')}`,
	storyKeysHint: 'Arrow keys or a swipe move between events.',
	storyExplore: 'Explore the timeline',
	storyExploreEvent: 'See it on the timeline',
	storyEnd: 'The end of the story.',
	storyRestart: 'Back to the start',
	storyStripLabel: 'Where this event lies on the timeline',
	storyNoScript: 'Story mode needs JavaScript. Every event, with its quotes, is listed on the timeline’s page.',
	storyNotInStory: (id: string) => `The story does not tell the event “${id}”: showing its title slide.`,
	storyEmpty: 'This timeline has no events to tell.',
};

export type StoryMessages = typeof enStory;
