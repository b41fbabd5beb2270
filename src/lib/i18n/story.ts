/**
 * Story mode's words in every language. Only story mode imports this (the story page, and
 * the embed's and the web component's story mode, which load it on demand), so the explorer
 * carries none of it.
 */
import { languageTools } from './grammar';
import type { LocaleId } from './locales';
import { enStory, type StoryMessages } from './messages/story/en';
import { ruStory } from './messages/story/ru';
import { ukStory } from './messages/story/uk';

export type { StoryMessages };

export const STORY_MESSAGES: Record<LocaleId, StoryMessages> = {
	en: enStory,
	uk: ukStory(languageTools('uk')),
	ru: ruStory(languageTools('ru'))
};
