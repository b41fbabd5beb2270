/**
 * The words of Citeline's own pages, in Russian (see en.ts beside this file, and ../ru.ts
 * for the register and typography).
 */
import type { LanguageTools } from '../../grammar';
import { EVENTS, SOURCES } from '../ru';
import type { SiteMessages } from './en';

export function ruSite({ count, number }: LanguageTools): SiteMessages {
	return {
		// ---- The site around the timelines ----
		skipToContent: 'Перейти к содержанию',
		tagline: 'Хронологии, в которых каждое событие подкреплено цитатой, которую можно проверить',
		homeTitle: 'Citeline — хронологии с источниками и масштабированием',
		homeDescription: 'Интерактивные хронологии, в которых каждое событие подкреплено дословной цитатой, которую можно сверить с источником.',
		timelinesHeading: 'Хронологии',
		sourceCount: (n) => count(n, SOURCES),
		everyEventQuoted: 'каждое событие подтверждено дословной цитатой',
		allEventsHeading: 'Все события в хронологическом порядке',
		sourcesHeading: 'Источники',
		originalLink: 'оригинал',
		languageLabel: 'Язык',
		languageUnavailable: (requested) => `Язык «${requested}» недоступен; страница показана на русском.`,

		// ---- An archived source's page ----
		sourcePageTitle: (source, timeline) => `${source} — источник — ${timeline} — Citeline`,
		publisherLabel: 'Издание',
		publishedLabel: 'Опубликовано',
		dateUnknown: 'дата неизвестна',
		originalLabel: 'Оригинал',
		addressUnknown: 'адрес неизвестен',
		sourceNotArchived: 'Источник указан, но не архивирован: цитаты из него здесь проверить нельзя, поэтому они помечены как непроверенные.',
		archivedTextHeading: 'Архивный текст',
		archivedTextIntro: 'Текст в том виде, в каком он сохранён в архиве.',
		markedPassages: 'Выделенные фрагменты',
		markedPassagesExplained: 'цитируются в хронологии; каждый ведёт к своему событию.',
		greyedLines: 'Серые строки',
		greyedLinesExplained: '— это служебные элементы страницы, а не текст материала; их никогда не цитируют.',
		inTheOriginal: 'в оригинале',

		// ---- The timeline widget ----
		listPagesHeading: 'Список по страницам',
		listPageTitle: (page, pages) => `События, страница ${page} из ${pages}`,
		previousListPage: 'Предыдущая страница',
		nextListPage: 'Следующая страница',
		backToTimeline: 'Назад к хронологии',

		// ---- The open event ----
		accountHeading: 'Чья версия',
		missingAccountsLead: 'В этой хронологии нет версии сторон:',

		// ---- The Embed dialog ----
		embedButton: 'Встроить',
		themeLabel: 'Тема',
		themeLight: 'Светлая',
		themeDark: 'Тёмная',
		themeSystem: 'Как в системе',
		printedFrom: 'Распечатано со страницы',

		// ---- The Export dialog ----
		exportButton: 'Экспорт',

		// ---- The picture of a view ----
		moreSources: (n) => `и ещё ${count(n, SOURCES)}`,

		// ---- The widget on other sites ----
		openInCiteline: 'Открыть в Citeline ↗',
		embedFooter: 'Каждое событие подкреплено цитатой, которую можно проверить.',

		// ---- The error pages ----
		notFoundTitle: 'Страница не найдена',
		notFoundText: 'По этому адресу страницы нет. Возможно, в ссылке ошибка или страница перемещена.',
		errorTitle: 'Что-то пошло не так',
		errorText: 'Эту страницу не удалось показать. Попробуйте позже или начните с главной страницы.',
		errorCode: 'Ошибка',
		backHome: 'На главную страницу, ко всем хронологиям',

		// ---- Story mode (issue 15): one event at a time, /t/<slug>/story ----
		storyLink: 'Читать как историю',

		// ---- The home page's tools ----
		makeTimelineHeading: 'Создать хронологию',
		studioLink: 'Студия: хронология с цитатами из ваших источников',
		importLink: 'Импорт файла TimelineJS или таблицы',

		// ---- Search, filters, the compare view and a source's events (issue 13) ----
		searchLabel: 'Поиск событий',
		searchPlaceholder: 'Слова из названий, цитат, источников, имена',
		searchResultsLabel: 'Найденные события',
		searchMoreResults: (n) => `и ещё ${number(n)}, отмечены на графике`,
		clearSearch: 'Очистить поиск',
		filtersButton: 'Фильтры',
		filtersButtonActive: (n) => `Фильтры (${number(n)})`,
		filtersHeading: 'Показать только',
		filterLane: 'Категория',
		filterStatus: 'Статус',
		filterActor: 'Участник',
		filterSource: 'Источник',
		filterVerification: 'Проверка',
		filterDiscrepancy: 'Расхождения',
		hasDiscrepancy: 'Есть расхождение',
		compareLink: 'Сравнить источники',
		compareHeading: 'Сравнение источников',
		comparePageTitle: (timeline) => `Сравнение источников — ${timeline} — Citeline`,
		compareIntro: 'Каждая строка — событие, каждый столбец — источник: дословные слова источника о событии или отметка, что он о нём не сообщает.',
		compareEvent: 'Событие',
		notReported: 'не сообщает',
		reportedAlone: (n) => `Только этот источник: ${count(n, EVENTS)}`,
		sortLabel: 'Порядок',
		sortByLane: 'По категориям, затем по времени',
		sortByTime: 'По времени',
		sortByFewestSources: 'Сначала с наименьшим числом источников',
		downloadCsv: 'Скачать CSV',
		sourcesCapped: (shown, total) => `Показано ${number(shown)} из ${count(total, SOURCES)}: те, на которые опирается больше всего событий; другие можно выбрать фильтром «Источник».`,
		sourceEventsHeading: 'События, которые подтверждает этот источник',
		sourceAloneHeading: 'Сообщает только этот источник',
		sourceNoEvents: 'Ни одно событие не опирается на этот источник.',
		onlyThisSource: 'только этот источник',
		citedWithoutQuote: 'указан без цитаты',
		/** Страницы источников. */
		sourcePagesHeading: 'Источники по страницам',
		sourceListPageTitle: (page, pages) => `Источники, страница ${page} из ${pages}`,
		sourceRange: (first, last) => `Источники ${number(first)}–${number(last)}`,
		csvColumns: { id: 'id', title: 'событие', date: 'дата', lane: 'категория', status: 'статус' }
	};
}
