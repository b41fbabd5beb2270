/**
 * The words of Citeline's own pages, in Ukrainian (see en.ts beside this file, and ../uk.ts
 * for the register and typography).
 */
import type { LanguageTools } from '../../grammar';
import { EVENTS, SOURCES } from '../uk';
import type { SiteMessages } from './en';

export function ukSite({ count, number }: LanguageTools): SiteMessages {
	return {
		// ---- The site around the timelines ----
		skipToContent: 'Перейти до вмісту',
		tagline: 'Хронології, у яких кожну подію підкріплено цитатою, яку можна перевірити',
		homeTitle: 'Citeline — хронології з джерелами та масштабуванням',
		homeDescription: 'Інтерактивні хронології, у яких кожну подію підкріплено дослівною цитатою, яку можна звірити з джерелом.',
		timelinesHeading: 'Хронології',
		sourceCount: (n) => count(n, SOURCES),
		everyEventQuoted: 'кожну подію підтверджено дослівною цитатою',
		allEventsHeading: 'Усі події в хронологічному порядку',
		sourcesHeading: 'Джерела',
		originalLink: 'оригінал',
		languageLabel: 'Мова',
		languageUnavailable: (requested) => `Мова «${requested}» недоступна; сторінку показано українською.`,

		// ---- An archived source's page ----
		sourcePageTitle: (source, timeline) => `${source} — джерело — ${timeline} — Citeline`,
		publisherLabel: 'Видання',
		publishedLabel: 'Опубліковано',
		dateUnknown: 'дата невідома',
		originalLabel: 'Оригінал',
		addressUnknown: 'адреса невідома',
		sourceNotArchived: 'Джерело вказано, але не заархівовано: цитати з нього тут перевірити не можна, тож їх позначено як неперевірені.',
		archivedTextHeading: 'Архівний текст',
		archivedTextIntro: 'Текст у тому вигляді, у якому його збережено в архіві.',
		markedPassages: 'Виділені фрагменти',
		markedPassagesExplained: 'цитуються в хронології; кожен веде до своєї події.',
		greyedLines: 'Сірі рядки',
		greyedLinesExplained: '— це службові елементи сторінки, а не текст матеріалу; їх ніколи не цитують.',
		inTheOriginal: 'в оригіналі',

		// ---- The timeline widget ----
		listPagesHeading: 'Список сторінками',
		listPageTitle: (page, pages) => `Події, сторінка ${page} з ${pages}`,
		previousListPage: 'Попередня сторінка',
		nextListPage: 'Наступна сторінка',
		backToTimeline: 'Назад до хронології',

		// ---- The open event ----
		accountHeading: 'Чия версія',
		missingAccountsLead: 'У цій хронології бракує версії сторін:',

		// ---- The Embed dialog ----
		embedButton: 'Вбудувати',
		themeLabel: 'Тема',
		themeLight: 'Світла',
		themeDark: 'Темна',
		themeSystem: 'Як у системі',
		printedFrom: 'Роздруковано зі сторінки',

		// ---- The Export dialog ----
		exportButton: 'Експорт',

		// ---- The picture of a view ----
		moreSources: (n) => `і ще ${count(n, SOURCES)}`,

		// ---- The widget on other sites ----
		openInCiteline: 'Відкрити в Citeline ↗',
		embedFooter: 'Кожну подію підкріплено цитатою, яку можна перевірити.',

		// ---- The error pages ----
		notFoundTitle: 'Сторінку не знайдено',
		notFoundText: 'За цією адресою сторінки немає. Можливо, у посиланні помилка або сторінку перенесено.',
		errorTitle: 'Щось пішло не так',
		errorText: 'Цю сторінку не вдалося показати. Спробуйте пізніше або почніть з головної сторінки.',
		errorCode: 'Помилка',
		backHome: 'На головну сторінку, до всіх хронологій',

		// ---- Story mode (issue 15): one event at a time, /t/<slug>/story ----
		storyLink: 'Читати як історію',

		// ---- The home page's tools ----
		makeTimelineHeading: 'Створити хронологію',
		studioLink: 'Студія: хронологія з цитатами з ваших джерел',
		importLink: 'Імпорт файлу TimelineJS або таблиці',

		// ---- Search, filters, the compare view and a source's events (issue 13) ----
		searchLabel: 'Пошук подій',
		searchPlaceholder: 'Слова з назв, цитат, джерел, імена',
		searchResultsLabel: 'Знайдені події',
		searchMoreResults: (n) => `і ще ${number(n)}, позначені на графіку`,
		clearSearch: 'Очистити пошук',
		filtersButton: 'Фільтри',
		filtersButtonActive: (n) => `Фільтри (${number(n)})`,
		filtersHeading: 'Показати лише',
		filterLane: 'Категорія',
		filterStatus: 'Статус',
		filterActor: 'Учасник',
		filterSource: 'Джерело',
		filterVerification: 'Перевірка',
		filterDiscrepancy: 'Розбіжності',
		hasDiscrepancy: 'Є розбіжність',
		compareLink: 'Порівняти джерела',
		compareHeading: 'Порівняння джерел',
		comparePageTitle: (timeline) => `Порівняння джерел — ${timeline} — Citeline`,
		compareIntro: 'Кожен рядок — подія, кожен стовпець — джерело: дослівні слова джерела про подію або позначка, що воно про неї не повідомляє.',
		compareEvent: 'Подія',
		notReported: 'не повідомляє',
		reportedAlone: (n) => `Лише це джерело: ${count(n, EVENTS)}`,
		sortLabel: 'Порядок',
		sortByLane: 'За категоріями, потім за часом',
		sortByTime: 'За часом',
		sortByFewestSources: 'Спершу з найменшою кількістю джерел',
		downloadCsv: 'Завантажити CSV',
		sourcesCapped: (shown, total) => `Показано ${number(shown)} з ${count(total, SOURCES)}: ті, на які спирається найбільше подій; інші можна вибрати фільтром «Джерело».`,
		sourceEventsHeading: 'Події, які підтверджує це джерело',
		sourceAloneHeading: 'Повідомляє лише це джерело',
		sourceNoEvents: 'Жодна подія не спирається на це джерело.',
		onlyThisSource: 'лише це джерело',
		citedWithoutQuote: 'вказано без цитати',
		/** Сторінки джерел. */
		sourcePagesHeading: 'Джерела сторінками',
		sourceListPageTitle: (page, pages) => `Джерела, сторінка ${page} з ${pages}`,
		sourceRange: (first, last) => `Джерела ${number(first)}–${number(last)}`,
		csvColumns: { id: 'id', title: 'подія', date: 'дата', lane: 'категорія', status: 'статус' }
	};
}
