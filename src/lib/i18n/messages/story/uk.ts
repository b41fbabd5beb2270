/**
 * The words of story mode, in Ukrainian (see en.ts beside this file, and ../uk.ts for the
 * register and typography).
 */
import type { LanguageTools, PluralForms } from '../../grammar';
import type { StoryMessages } from './en';

/** "a story in 4 steps" (genitive after «з»/«из»). */
const STEPS_GENITIVE: PluralForms = { one: 'кроку', few: 'кроків', many: 'кроків', other: 'кроку' };

export function ukStory({ count }: LanguageTools): StoryMessages {
	return {
		storyLabel: 'Історія',
		storyStart: 'Почати історію',
		storyPrevious: 'Назад',
		storyNext: 'Далі',
		storyProgress: (n, total) => `${n} з ${total}`,
		storyStepAnnounced: (n, total, title) => `${n} з ${total}: ${title}`,
		storyTitleAnnounced: (title) => `Титульний слайд: ${title}`,
		storyEventCount: (n) => `Історія з ${count(n, STEPS_GENITIVE)}`,
		storyKeysHint: 'Між подіями переходять стрілками або гортанням.',
		storyExplore: 'Дослідити хронологію',
		storyExploreEvent: 'Показати на хронології',
		storyEnd: 'Кінець історії.',
		storyRestart: 'На початок',
		storyStripLabel: 'Місце цієї події на хронології',
		storyNoScript: 'Для режиму історії потрібен JavaScript. Усі події з цитатами перелічено на сторінці хронології.',
		storyNotInStory: (id) => `В історії немає події «${id}»: показано титульний слайд.`,
		storyEmpty: 'У цій хронології немає подій для розповіді.',
	};
}
