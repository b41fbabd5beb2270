/**
 * The words of story mode, in Russian (see en.ts beside this file, and ../ru.ts for the
 * register and typography).
 */
import type { LanguageTools, PluralForms } from '../../grammar';
import type { StoryMessages } from './en';

/** "a story in 4 steps" (genitive after «з»/«из»). */
const STEPS_GENITIVE: PluralForms = { one: 'шага', few: 'шагов', many: 'шагов', other: 'шага' };

export function ruStory({ count }: LanguageTools): StoryMessages {
	return {
		storyLabel: 'История',
		storyStart: 'Начать историю',
		storyPrevious: 'Назад',
		storyNext: 'Далее',
		storyProgress: (n, total) => `${n} из ${total}`,
		storyStepAnnounced: (n, total, title) => `${n} из ${total}: ${title}`,
		storyTitleAnnounced: (title) => `Титульный слайд: ${title}`,
		storyEventCount: (n) => `История из ${count(n, STEPS_GENITIVE)}`,
		storyKeysHint: 'Между событиями переходят стрелками или пролистыванием.',
		storyExplore: 'Исследовать хронологию',
		storyExploreEvent: 'Показать на хронологии',
		storyEnd: 'Конец истории.',
		storyRestart: 'В начало',
		storyStripLabel: 'Место этого события на хронологии',
		storyNoScript: 'Для режима истории нужен JavaScript. Все события с цитатами перечислены на странице хронологии.',
		storyNotInStory: (id) => `В истории нет события «${id}»: показан титульный слайд.`,
		storyEmpty: 'В этой хронологии нет событий для рассказа.',
	};
}
